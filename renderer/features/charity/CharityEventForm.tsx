import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CHARITY_RECIPIENT_KINDS, type CharityEvent } from '../../../shared/domain/charity/types';
import { storeDay } from '../../../shared/domain/clock';
import { newId } from '../../../shared/domain/ids';
import { charityEventInput } from '../../../shared/schema/charity';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { ApprovalDialog } from '../../components/ApprovalDialog';
import { Field, FormError, SelectField } from '../../components/Field';
import { nextFieldOnEnter } from '../../components/nextFieldOnEnter';
import { useForm } from '../../components/useForm';
import { toSubmitErrors } from '../../components/useSubmit';
import type { Approval } from '../../db/approval';
import { checkCharityEvent, defineCharityEvent } from '../../db/charity/events';
import { pledgeableStocks } from '../../db/charity/queries';
import { DeskError } from '../../db/errors';
import { useT } from '../../i18n';
import { useStoreTimeZone } from '../gifts/useGiftContext';

interface CharityEventFormProps {
  readonly onSaved: (event: CharityEvent) => void;
  readonly onCancel: () => void;
}

/**
 * A new event: name, day, to whom, and what the store gives (goods from a
 * gift stock on the shelf and/or money). The fields are checked first (a
 * quantity beyond the stock is said at the field), then a supervisor
 * approves with number + PIN.
 */
export function CharityEventForm({ onSaved, onCancel }: CharityEventFormProps) {
  const { t } = useT();
  const { db, clock } = useServices();
  const ctx = useDeskContext();
  const timeZone = useStoreTimeZone();
  const stocks = useLiveQuery(() => pledgeableStocks(db), [db]) ?? [];
  // Made once per event: a double submit records it once.
  const [draftId] = useState(() => newId());
  const [approving, setApproving] = useState<{ raw: Record<string, string>; given: string }>();
  const initial = { name: '', day: storeDay(clock.now(), timeZone), recipientKind: '', recipient: '', stockId: '', quantity: '', money: '', note: '' };
  const { form, setForm, bind, onSubmit, pending, errors, setErrors } = useForm(initial, async (f) => {
    const input = charityEventInput.parse(f);
    await checkCharityEvent(ctx, f);
    const stock = stocks.find((s) => s.stockId === input.stockId);
    const given = [
      stock && input.quantity !== undefined ? t('charity.given.goods', { gift: stock.giftName, quantity: input.quantity }) : undefined,
      input.money !== undefined ? t('charity.given.money', { amount: f.money.trim() }) : undefined,
    ].filter((p) => p !== undefined);
    setApproving({ raw: f, given: given.join(' + ') });
  });
  const save = async (raw: Record<string, string>, approval: Approval) => {
    try {
      onSaved(await defineCharityEvent(ctx, draftId, raw, approval));
    } catch (error) {
      // The stock moved while the supervisor came over: said at the form's field, not in the dialog.
      if (error instanceof DeskError && error.field && error.field !== 'approverPin') {
        setApproving(undefined);
        setErrors(toSubmitErrors(error));
        return;
      }
      throw error;
    }
  };
  return (
    <>
      <form className="form panel" onSubmit={onSubmit} aria-labelledby="charity-new">
        <h2 id="charity-new">{t('charity.new.title')}</h2>
        <div className="row">
          <Field label={t('charity.field.name')} {...bind('name')} onKeyDown={nextFieldOnEnter} />
          <Field label={t('charity.field.day')} type="date" {...bind('day')} />
        </div>
        <div className="row">
          <SelectField
            label={t('charity.field.recipientKind')}
            name="recipientKind"
            value={form.recipientKind}
            onChange={(recipientKind) => setForm((v) => ({ ...v, recipientKind }))}
            error={errors.fields.recipientKind}
            options={[{ value: '', label: '—' }, ...CHARITY_RECIPIENT_KINDS.map((k) => ({ value: k, label: t(`charity.recipientKind.${k}`) }))]}
          />
          <Field label={t('charity.field.recipient')} {...bind('recipient')} onKeyDown={nextFieldOnEnter} />
        </div>
        <div className="row">
          <SelectField
            label={t('charity.field.stock')}
            name="stockId"
            value={form.stockId}
            onChange={(stockId) => setForm((v) => ({ ...v, stockId }))}
            error={errors.fields.stockId}
            options={[
              { value: '', label: t('charity.field.noStock') },
              ...stocks.map((s) => ({ value: s.stockId, label: t('charity.field.stockOption', { campaign: s.campaignName, gift: s.giftName, remaining: s.remaining }) })),
            ]}
          />
          <Field label={t('charity.field.quantity')} inputMode="numeric" {...bind('quantity')} onKeyDown={nextFieldOnEnter} />
          <Field label={t('charity.field.money')} inputMode="decimal" {...bind('money')} onKeyDown={nextFieldOnEnter} />
        </div>
        <Field label={t('charity.field.note')} {...bind('note')} />
        <FormError code={errors.form?.code} params={errors.form?.params} />
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('charity.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('charity.save')}
          </button>
        </div>
      </form>
      {approving && (
        <ApprovalDialog
          action={t('charity.approvalAction', { name: approving.raw.name?.trim() ?? '', recipient: approving.raw.recipient?.trim() ?? '', given: approving.given })}
          onApprove={(approval) => save(approving.raw, approval)}
          onClose={() => setApproving(undefined)}
        />
      )}
    </>
  );
}
