import { useLiveQuery } from 'dexie-react-hooks';
import type { FormEvent } from 'react';
import { can } from '../../../../shared/domain/staff';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { useDeskContext } from '../../../app/useDeskContext';
import { Field, FormError, SelectField } from '../../../components/Field';
import { useKeptDraft } from '../../../components/keptDraft';
import { useSubmit } from '../../../components/useSubmit';
import type { ServiceCallRow } from '../../../db/database';
import { recordRepair } from '../../../db/service/workshop';
import { useT } from '../../../i18n';
import { TextAreaField } from '../../complaints/intake/TextAreaField';
import { PartsFieldset, type PartRow } from '../PartsFieldset';

interface RepairFields {
  readonly technician: string;
  readonly minutes: string;
  readonly workDone: string;
  readonly parts: readonly PartRow[];
}

/**
 * One line of the repair card (修护卡) → recordRepair. The desk picks who did
 * the work (the technician sent, unless another); a technician writes as
 * themself. The form starts blank again after each line.
 */
export function RepairForm({ call, onSaved }: { readonly call: ServiceCallRow; readonly onSaved: (text: string) => void }) {
  const { t } = useT();
  const { db } = useServices();
  const ctx = useDeskContext();
  const role = useSession((s) => s.staff?.role);
  const forDesk = role !== undefined && can(role, 'service.register');
  const technicians = useLiveQuery(async () => (await db.staff.where('role').equals('technician').toArray()).filter((m) => m.active), [db]);
  const blank = (): RepairFields => ({ technician: call.dispatch?.technician ?? '', minutes: '', workDone: '', parts: [] });
  const [fields, setFields, clearFields] = useKeptDraft(`serviceRepair:${call.id}`, blank);
  const save = useSubmit(async () => {
    const saved = await recordRepair(ctx, call.id, { ...fields, technician: forDesk ? fields.technician : '' });
    clearFields();
    onSaved(t('workshop.repair.saved', { receiptNo: saved.workshop?.receipt.receiptNo ?? '' }));
  });
  const errors = save.errors.fields;
  const text = (name: 'minutes' | 'workDone') => ({
    name,
    value: fields[name],
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value })),
    error: errors[name],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.submit();
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('workshop.repair.save')} noValidate>
      <div className="row">
        {forDesk && (
          <SelectField
            label={t('workshop.field.technician')}
            name="technician"
            value={fields.technician}
            onChange={(v) => setFields((f) => ({ ...f, technician: v }))}
            options={[{ value: '', label: t('service.pick') }, ...(technicians ?? []).map((m) => ({ value: m.staffNo, label: `${m.name} (${m.staffNo})` }))]}
            error={errors.technician}
          />
        )}
        <Field label={t('workshop.field.minutes')} inputMode="numeric" autoComplete="off" autoFocus {...text('minutes')} />
      </div>
      <TextAreaField label={t('service.field.workDone')} {...text('workDone')} />
      <PartsFieldset parts={fields.parts} onChange={(parts) => setFields((f) => ({ ...f, parts }))} errors={errors} />
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.pending}>
          {t('workshop.repair.save')}
        </button>
      </div>
    </form>
  );
}
