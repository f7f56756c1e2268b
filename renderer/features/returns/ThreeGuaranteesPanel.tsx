import { daysSincePurchase, isCalendarDate } from '../../../shared/domain/returns/days';
import { categoryOf } from '../../../shared/domain/returns/policy';
import { reportsPerformanceFault, threeGuaranteesAdvice } from '../../../shared/domain/returns/threeGuarantees';
import type { ReturnPolicy } from '../../../shared/domain/returns/types';
import { failedRepairsInput } from '../../../shared/schema/returns';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import type { LineDraft, ReturnFields } from './draft';

interface ThreeGuaranteesPanelProps {
  readonly fields: ReturnFields;
  readonly setFailedRepairs: (value: string) => void;
  readonly lines: readonly LineDraft[];
  readonly policy: ReturnPolicy;
  readonly now: number;
  readonly timeZone: string;
}

/**
 * 三包 advice for durable goods, from the purchase date (store-local days),
 * the category and whether a performance fault is reported. Advice only: the
 * clerk still picks the outcome.
 */
export function ThreeGuaranteesPanel({ fields, setFailedRepairs, lines, policy, now, timeZone }: ThreeGuaranteesPanelProps) {
  const { t } = useT();
  const durable = [...new Map(lines.map((l) => categoryOf(policy, l.category)).filter((c) => c?.durable).map((c) => [c!.code, c!])).values()];
  if (durable.length === 0 || !isCalendarDate(fields.purchaseDate)) return null;
  const days = daysSincePurchase(fields.purchaseDate, now, timeZone);
  // Empty is none yet; anything but a whole number 0–9 is said at the field and counts as none.
  const repairs = fields.failedRepairs.trim() ? failedRepairsInput.safeParse(fields.failedRepairs) : undefined;
  const failedRepairs = repairs?.data ?? 0;
  const advice = threeGuaranteesAdvice({ durable: true, performanceFault: reportsPerformanceFault(fields.reason, fields.condition), daysSincePurchase: days, failedRepairs });
  const text =
    advice.kind === 'within7Days' || advice.kind === 'within15Days' || advice.kind === 'failedRepairs' || advice.kind === 'noFault' || advice.kind === 'none'
      ? t(`returns.tg.${advice.kind}`)
      : '';
  return (
    <section className="panel" aria-labelledby="returns-tg-title">
      <h3 id="returns-tg-title">{t('returns.tg.title')}</h3>
      <p>{t('returns.tg.days', { category: durable.map((c) => c.name).join('、'), days })}</p>
      <p className={advice.remedies.length > 0 ? 'notice notice--ok' : 'notice notice--warn'} data-testid="three-guarantees">
        {text}
      </p>
      <Field label={t('returns.tg.failedRepairsField')} name="failedRepairs" inputMode="numeric" value={fields.failedRepairs} onChange={(e) => setFailedRepairs(e.target.value)} error={repairs?.error?.issues[0]?.message} />
    </section>
  );
}
