import { useState } from 'react';
import type { Role } from '../../../../shared/domain/staff';
import type { ComplaintStepType } from '../../../../shared/domain/complaints/entries';
import { useT } from '../../../i18n';
import { offeredSteps, type OfferedStep } from '../../../../shared/domain/complaints/offered';
import { StepPanel, type StepInfo } from './StepPanel';

/** The steps the signed-in person may take now (and those needing a higher role's approval), each opening its form. */
export function StepActions({ info, role }: { readonly info: StepInfo; readonly role: Role }) {
  const { t } = useT();
  const offered = offeredSteps(info.complaint, role, info.deadlines);
  const [chosen, setChosen] = useState<OfferedStep>();
  const [done, setDone] = useState<ComplaintStepType>();
  // A step another counter made impossible meanwhile closes its form.
  const open = chosen && offered.find((o) => o.type === chosen.type && o.viaApproval === chosen.viaApproval);
  const label = (o: OfferedStep) => (o.viaApproval ? t('complaints.detail.needsApproval', { step: t(`complaints.step.${o.type}`) }) : t(`complaints.step.${o.type}`));
  return (
    <section aria-label={t('complaints.detail.actions')}>
      {done && !open && (
        <p className="notice notice--ok" role="status">
          {t('complaints.detail.done', { step: t(`complaints.step.${done}`) })}
        </p>
      )}
      {offered.length === 0 ? (
        <p className="muted">{t('complaints.detail.noActions')}</p>
      ) : (
        <div className="actions cd-actions">
          {offered.map((o) => (
            <button
              key={`${o.type}-${String(o.viaApproval)}`}
              type="button"
              className={o.viaApproval ? 'cd-needs-approval' : undefined}
              aria-pressed={open === o}
              onClick={() => {
                setDone(undefined);
                setChosen(o);
              }}
            >
              {label(o)}
            </button>
          ))}
        </div>
      )}
      {open && (
        <StepPanel
          key={`${open.type}-${String(open.viaApproval)}`}
          offered={open}
          info={info}
          onDone={(type) => {
            setChosen(undefined);
            setDone(type);
          }}
          onCancel={() => setChosen(undefined)}
        />
      )}
    </section>
  );
}
