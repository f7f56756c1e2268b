import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { SERVICE_AREAS, SKILLS, type ServiceArea, type Skill } from '../../../../shared/domain/service/types';
import type { TechnicianProfile } from '../../../../shared/domain/service/suggestion';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { FormError } from '../../../components/Field';
import { useSubmit } from '../../../components/useSubmit';
import { readTechnicianTeam, setTechnicianProfile } from '../../../db/service/technicians';
import { useT } from '../../../i18n';
import '../service.css';

/** 技术员区域与技能: where each technician goes and what they fix, as the dispatch suggestion weighs it. Service supervisors only. */
export function TechnicianTeamScreen() {
  const { t } = useT();
  const { db } = useServices();
  const team = useLiveQuery(() => readTechnicianTeam(db), [db]);
  const [notice, setNotice] = useState<string>();
  return (
    <section className="panel" aria-labelledby="service-team-title">
      <h1 id="service-team-title">{t('service.team.title')}</h1>
      <p className="muted">{t('service.team.hint')}</p>
      {notice && (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      )}
      {team && team.length === 0 && <p className="muted">{t('service.team.empty')}</p>}
      {team?.map((member) => <TechnicianProfileForm key={member.staffNo} member={member} onSaved={setNotice} />)}
    </section>
  );
}

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

/** One technician's areas and skills as checkboxes, saved together. */
function TechnicianProfileForm({ member, onSaved }: { readonly member: TechnicianProfile; readonly onSaved: (text: string) => void }) {
  const { t, tc } = useT();
  const ctx = useDeskContext();
  const [areas, setAreas] = useState<readonly ServiceArea[]>(member.areas);
  const [skills, setSkills] = useState<readonly Skill[]>(member.skills);
  const save = useSubmit(async () => {
    // In the lists' own order, whatever order they were ticked in.
    await setTechnicianProfile(ctx, member.staffNo, { areas: SERVICE_AREAS.filter((a) => areas.includes(a)), skills: SKILLS.filter((s) => skills.includes(s)) });
    onSaved(t('service.team.saved', { name: member.name }));
  });
  const error = (name: string) =>
    save.errors.fields[name] && (
      <small className="field__error" role="alert">
        {tc(save.errors.fields[name])}
      </small>
    );
  return (
    <form
      className="form"
      aria-label={`${member.name} (${member.staffNo})`}
      onSubmit={(e) => {
        e.preventDefault();
        void save.submit();
      }}
    >
      <h2>
        {member.name} ({member.staffNo}){!member.active && <span className="svc-tag">{t('service.team.inactive')}</span>}
      </h2>
      <fieldset>
        <legend>{t('service.team.areas')}</legend>
        <div className="svc-choices">
          {SERVICE_AREAS.map((a) => (
            <label key={a}>
              <input type="checkbox" checked={areas.includes(a)} onChange={(e) => setAreas(toggled(areas, a, e.target.checked))} />
              {t(`service.area.${a}`)}
            </label>
          ))}
        </div>
        {error('areas')}
      </fieldset>
      <fieldset>
        <legend>{t('service.team.skills')}</legend>
        <div className="svc-choices">
          {SKILLS.map((s) => (
            <label key={s}>
              <input type="checkbox" checked={skills.includes(s)} onChange={(e) => setSkills(toggled(skills, s, e.target.checked))} />
              {t(`service.skill.${s}`)}
            </label>
          ))}
        </div>
        {error('skills')}
      </fieldset>
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.pending} aria-label={t('service.team.saveFor', { name: member.name })}>
          {t('service.team.save')}
        </button>
      </div>
    </form>
  );
}
