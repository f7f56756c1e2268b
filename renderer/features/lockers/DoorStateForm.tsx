import { useState, type FormEvent } from 'react';
import { LOCKER_STATES, type LockerDoor } from '../../../shared/domain/storage/lockers';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError, SelectField } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { setLockerState } from '../../db/storage/lockers';
import { useT } from '../../i18n';

/** Marks a door free, in use or out of order, with a note (e.g. "lock jammed"). */
export function DoorStateForm({ door, onDone }: { readonly door: LockerDoor; readonly onDone: () => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [state, setState] = useState<string>(door.state);
  const [note, setNote] = useState(door.note ?? '');
  const { submit, pending, errors } = useSubmit(async () => {
    await setLockerState(ctx, { doorId: door.id, state, note });
    onDone();
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };
  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby="door-state-title">
      <h3 id="door-state-title">{t('lockers.stateForm.title')}</h3>
      <div className="row">
        <SelectField
          label={t('lockers.stateForm.state')}
          name="state"
          value={state}
          onChange={setState}
          error={errors.fields.state}
          options={LOCKER_STATES.map((s) => ({ value: s, label: t(`lockers.state.${s}`) }))}
        />
        <Field label={t('lockers.stateForm.note')} name="note" value={note} onChange={(e) => setNote(e.target.value)} error={errors.fields.note} hint={t('lockers.stateForm.noteHint')} />
      </div>
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('action.save')}
        </button>
      </div>
    </form>
  );
}
