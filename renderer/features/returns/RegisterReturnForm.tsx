import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { storeDay } from '../../../shared/domain/clock';
import { newId } from '../../../shared/domain/ids';
import { formatYuan, sumFen } from '../../../shared/domain/money';
import { daysSincePurchase, isCalendarDate } from '../../../shared/domain/returns/days';
import { evaluatePolicy, problemsOf, type PolicyFinding } from '../../../shared/domain/returns/policy';
import { RETURN_OUTCOMES, type ReturnOutcome, type ReturnRecord } from '../../../shared/domain/returns/types';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { ApprovalDialog } from '../../components/ApprovalDialog';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, FormError } from '../../components/Field';
import { useForm } from '../../components/useForm';
import { useSubmit } from '../../components/useSubmit';
import type { Approval } from '../../db/approval';
import { DeskError } from '../../db/errors';
import { giftsToSettle } from '../../db/returns/gifts';
import { readReceipt } from '../../db/returns/queries';
import { previewReturn, registerReturn, type ReturnPlan } from '../../db/returns/register';
import { useT } from '../../i18n';
import { PrintResultNotice } from '../printing/PrintResultNotice';
import { usePrintAction } from '../printing/usePrintAction';
import { blankFields, blankLine, isBlank, lineFromReceipt, liveAmount, liveLine, toRawReturn, type LineDraft, type ReceiptChoice, type ReturnFields } from './draft';
import { GiftSettlements } from './GiftSettlements';
import { InvoiceSettlementFields } from '../invoices/InvoiceSettlementFields';
import { OutcomeFields } from './OutcomeFields';
import { PolicyProblems } from './PolicyProblems';
import { ReceiptSection } from './ReceiptSection';
import { ReturnDone } from './ReturnDone';
import { problemsText } from './findingText';
import { ReturnLinesEditor } from './ReturnLinesEditor';
import { ThreeGuaranteesPanel } from './ThreeGuaranteesPanel';
import { useReturnPolicy } from './useReturnPolicy';

/** The checked return waiting for the clerk's confirmation or a supervisor's approval. */
interface Pending {
  readonly raw: ReturnType<typeof toRawReturn>;
  readonly plan: ReturnPlan;
}

function asOutcome(value: string): ReturnOutcome | undefined {
  return RETURN_OUTCOMES.find((o) => o === value);
}

/**
 * 登记退换货: receipt, items, reason and outcome; the policy check and the
 * 三包 advice update as the clerk types. Saving checks everything again in
 * one transaction, prints the return slip, and clears the form for the next
 * customer.
 */
export function RegisterReturnForm() {
  const { t } = useT();
  const { db, clock } = useServices();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const policy = useReturnPolicy();
  const printer = usePrintAction();
  const now = clock.now();
  const today = storeDay(now, timeZone);

  const [choice, setChoice] = useState<ReceiptChoice>({ noReceipt: false });
  const [lines, setLines] = useState<LineDraft[]>(() => [blankLine()]);
  const [settlements, setSettlements] = useState<Record<string, string>>({});
  // Made once per form: a double submit gives back the same return.
  const [draftId, setDraftId] = useState(() => newId());
  const [pending, setPending] = useState<Pending>();
  const [done, setDone] = useState<ReturnRecord>();

  const receipt = useLiveQuery(() => (choice.receiptNo ? readReceipt(db, choice.receiptNo) : undefined), [db, choice.receiptNo]);
  const gifts = useLiveQuery(() => giftsToSettle(db, receipt), [db, receipt]) ?? [];

  /** Saves the checked return (one transaction) and prints its slip; the caller clears the form. */
  const finish = async (approval?: Approval): Promise<ReturnRecord | undefined> => {
    if (!pending) return undefined;
    const record = await registerReturn(ctx, draftId, pending.raw, approval);
    setDone(record);
    await printer.print({ kind: 'returnSlip', input: { record }, record: { type: 'returnRecord', id: record.id, printCount: record.printCount } });
    return record;
  };
  const save = useSubmit(finish);
  const form = useForm<ReturnFields, void>(
    () => blankFields(today),
    async (fields) => {
      save.clearErrors();
      const raw = toRawReturn(fields, lines, choice, settlements);
      const plan = await previewReturn(ctx, raw);
      if (plan.findings.length > 0 && !fields.exceptionReason.trim()) throw new DeskError('error.required', 'exceptionReason');
      setPending({ raw, plan });
    },
  );
  const fields = form.form;
  const set = (name: keyof ReturnFields, value: string) => form.setForm((f) => ({ ...f, [name]: value }));

  const startOver = () => {
    form.reset(blankFields(storeDay(clock.now(), timeZone)));
    setChoice({ noReceipt: false });
    setLines([blankLine()]);
    setSettlements({});
    setDraftId(newId());
    setPending(undefined);
  };

  // In the approval dialog only the PIN has a field: any other refusal shows there as a message for the whole form.
  const approveAndFinish = async (approval: Approval) => {
    try {
      await finish(approval);
      startOver();
    } catch (error) {
      if (error instanceof DeskError && error.field && error.field !== 'approverPin') throw new DeskError(error.code, undefined, error.params);
      throw error;
    }
  };

  const outcome = asOutcome(fields.outcome);
  const live = lines.map(liveLine);
  const checkable = outcome !== undefined && isCalendarDate(fields.purchaseDate) && daysSincePurchase(fields.purchaseDate, now, timeZone) >= 0 && live.every((l) => l !== undefined);
  const findings: PolicyFinding[] = checkable
    ? evaluatePolicy({ hasReceipt: !choice.noReceipt, purchaseDate: fields.purchaseDate, outcome, lines: live.filter((l) => l !== undefined) }, policy, now, timeZone)
    : [];
  const totalFen = sumFen(lines.map((l) => liveAmount(l) ?? 0));
  const shownGifts = outcome === 'refund' ? gifts : [];
  const deductedFen = sumFen(shownGifts.filter((g) => settlements[g.handoutId] === 'deducted').map((g) => g.valueFen));
  const refundFen = outcome === 'refund' ? Math.max(0, totalFen - deductedFen) : 0;

  const onReturnLine = (sku: string) => {
    const known = receipt?.lines[sku];
    if (!known) return;
    setLines((ls) => [...ls.filter((l) => !isBlank(l) && l.sku !== sku), lineFromReceipt(known)]);
  };

  // Saving re-checks inside the transaction (another return may have come first): its field errors show at the same fields.
  const errors = {
    fields: { ...form.errors.fields, ...save.errors.fields },
    params: save.errors.params ?? form.errors.params,
    form: save.errors.form ?? form.errors.form,
  };
  const method = pending?.plan.input.refundMethod;
  return (
    <>
      {done && <ReturnDone returnId={done.id} onClose={() => setDone(undefined)} />}
      <PrintResultNotice result={printer.result} />
      <form className="panel form" onSubmit={form.onSubmit} aria-labelledby="returns-register-title" noValidate>
        <h2 id="returns-register-title">{t('returns.register.title')}</h2>
        {/* A new key per customer: the scanner field does not keep the last customer's receipt. */}
        <ReceiptSection
          key={draftId}
          choice={choice}
          onChoice={(c) => {
            setChoice(c);
            setSettlements({});
          }}
          receipt={receipt}
          onReturnLine={onReturnLine}
          error={errors.fields.receiptNo}
        />
        <Field label={t('returns.field.purchaseDate')} type="date" max={today} {...form.bind('purchaseDate')} />
        <ReturnLinesEditor lines={lines} onChange={setLines} policy={policy} errors={errors} />
        <OutcomeFields fields={fields} set={set} errors={errors} noReceipt={choice.noReceipt} />
        <ThreeGuaranteesPanel fields={fields} setFailedRepairs={(v) => set('failedRepairs', v)} lines={lines} policy={policy} now={now} timeZone={timeZone} />
        <GiftSettlements
          gifts={shownGifts}
          settlements={settlements}
          onChange={(id, v) => setSettlements((s) => ({ ...s, [id]: v }))}
          error={errors.fields.giftSettlements}
          errorParams={errors.params}
        />
        <InvoiceSettlementFields receipt={receipt} outcome={fields.outcome} goodsFen={totalFen} fields={fields} set={set} errors={errors.fields} />
        <PolicyProblems checked={checkable} findings={findings} exceptionReason={fields.exceptionReason} onExceptionReason={(v) => set('exceptionReason', v)} error={errors.fields.exceptionReason} />
        <dl className="totals" aria-label={t('returns.total.refund')}>
          <dt>{t('returns.total.goods')}</dt>
          <dd data-testid="return-total">¥{formatYuan(totalFen)}</dd>
          {deductedFen > 0 && (
            <>
              <dt>{t('returns.total.deducted')}</dt>
              <dd>−¥{formatYuan(deductedFen)}</dd>
            </>
          )}
          {outcome === 'refund' && (
            <>
              <dt>{t('returns.total.refund')}</dt>
              <dd className="big-number" data-testid="return-refund">
                ¥{formatYuan(refundFen)}
              </dd>
            </>
          )}
        </dl>
        <FormError code={errors.form?.code} params={errors.form?.params} />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.pending || save.pending}>
            {findings.length > 0 ? t('returns.submitApproval') : t('returns.submit')}
          </button>
        </div>
      </form>
      {pending && pending.plan.findings.length > 0 && (
        <ApprovalDialog action={t('returns.approvalAction', { problems: problemsText(t, problemsOf(pending.plan.findings)) })} onApprove={approveAndFinish} onClose={() => setPending(undefined)} />
      )}
      {pending && pending.plan.findings.length === 0 && (
        <ConfirmDialog title={t('returns.confirm.title')} confirmLabel={t('returns.submit')} onConfirm={() => void save.submit().then((record) => record && startOver())} onClose={() => setPending(undefined)}>
          <p>
            {t('returns.confirm.body', {
              outcome: t(`returns.outcome.${pending.plan.input.outcome}`),
              count: pending.plan.lines.reduce((n, l) => n + l.quantity, 0),
              total: formatYuan(pending.plan.totalFen),
              refund: formatYuan(refundFen),
              method: method ? `（${t(`returns.refundMethod.${method}`)}）` : '',
            })}
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
