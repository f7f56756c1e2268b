import { useLiveQuery } from 'dexie-react-hooks';
import { useId, type FormEvent } from 'react';
import { newId } from '../../../shared/domain/ids';
import { departmentSuggestions } from '../../../shared/domain/preOrders/departments';
import { PRE_ORDER_KINDS } from '../../../shared/domain/preOrders/types';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { useKeptDraft } from '../../components/keptDraft';
import { nextFieldOnEnter } from '../../components/nextFieldOnEnter';
import { useSubmit } from '../../components/useSubmit';
import { takePreOrder } from '../../db/preOrders/preOrders';
import { readUsedDepartments } from '../../db/preOrders/queries';
import type { PreOrderRow } from '../../db/preOrders/row';
import { useT } from '../../i18n';
import { ChoiceField } from '../complaints/detail/forms/fields';
import { ItemsFieldset } from './ItemsFieldset';
import { blankTake, toRawTake, type TakeFields } from './takeDraft';

interface TakeDraft {
  readonly fields: TakeFields;
  /** Made once per opened form: it becomes the order's id, so a second click gives back the same order. */
  readonly draftId: string;
}

/**
 * 登记预约 in the order the clerk asks on the phone: what kind, who (and
 * which organisation), the goods, the department, when they come, the
 * deposit. Enter moves to the next field; a bad value is refused at its
 * field and nothing is written.
 */
export function TakeForm({ onTaken, onBack }: { readonly onTaken: (order: PreOrderRow) => void; readonly onBack: () => void }) {
  const { t } = useT();
  const { db } = useServices();
  const ctx = useDeskContext();
  const departments = useId();
  const used = useLiveQuery(() => readUsedDepartments(db), [db]) ?? [];
  const [draft, setDraft, clear] = useKeptDraft<TakeDraft>('preOrderTake', () => ({ fields: blankTake(), draftId: newId() }));
  const { fields } = draft;
  const set = <K extends keyof TakeFields>(name: K, value: TakeFields[K]) => setDraft((d) => ({ ...d, fields: { ...d.fields, [name]: value } }));
  const save = useSubmit(async () => {
    const order = await takePreOrder(ctx, draft.draftId, toRawTake(fields, ctx.session.timeZone));
    clear();
    onTaken(order);
  });
  const errors = save.errors.fields;
  const text = (name: 'organisation' | 'customerName' | 'phone' | 'department' | 'pickupAt' | 'deposit') => ({
    name,
    value: fields[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
    onKeyDown: nextFieldOnEnter,
    error: errors[name],
    autoComplete: 'off',
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.submit();
  };
  const group = fields.kind === 'group';
  return (
    <form className="panel form" onSubmit={submit} aria-labelledby="po-take-title" noValidate>
      <h2 id="po-take-title">{t('preOrders.take.title')}</h2>
      <ChoiceField
        legend={t('preOrders.field.kind')}
        name="kind"
        value={fields.kind}
        options={PRE_ORDER_KINDS.map((k) => ({ value: k, label: t(`preOrders.kind.${k}`) }))}
        onChange={(kind) => set('kind', kind)}
        error={errors.kind}
      />
      <div className="row">
        {group && <Field label={t('preOrders.field.organisation')} autoFocus {...text('organisation')} />}
        <Field label={t(group ? 'preOrders.field.contactName' : 'preOrders.field.customerName')} autoFocus={!group} {...text('customerName')} />
        <Field label={t('preOrders.field.phone')} type="tel" inputMode="tel" {...text('phone')} />
      </div>
      <ItemsFieldset items={fields.items} change={(items) => set('items', items)} errors={save.errors} />
      <div className="row">
        <Field label={t('preOrders.field.department')} list={departments} hint={t('preOrders.field.departmentHint')} {...text('department')} />
        <datalist id={departments}>
          {departmentSuggestions(used).map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
        <Field label={t('preOrders.field.pickupAt')} type="datetime-local" {...text('pickupAt')} />
        <Field label={t('preOrders.field.deposit')} inputMode="decimal" {...text('deposit')} />
      </div>
      {/* The last field: Enter here takes the order. */}
      <Field label={t('preOrders.field.note')} name="note" autoComplete="off" value={fields.note} onChange={(e) => set('note', e.target.value)} error={errors.note} />
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="button" onClick={onBack}>
          {t('preOrders.back')}
        </button>
        <button type="submit" className="primary" disabled={save.pending}>
          {t('preOrders.take.save')}
        </button>
      </div>
    </form>
  );
}
