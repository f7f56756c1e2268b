import { formatYuan } from '../../../shared/domain/money';
import type { PolicyFinding } from '../../../shared/domain/returns/policy';
import type { PolicyProblem } from '../../../shared/domain/returns/types';
import type { useT } from '../../i18n';

type T = ReturnType<typeof useT>['t'];

/** A policy problem in words, with its figures. */
export function findingText(t: T, f: PolicyFinding): string {
  switch (f.problem) {
    case 'noReceipt':
      return t('returns.problem.noReceipt');
    case 'outsideWindow':
      return t('returns.problem.outsideWindow', { days: f.days, window: f.windowDays });
    case 'nonReturnableCategory':
      return t('returns.problem.nonReturnableCategory', { categories: f.categories.map((c) => c.name).join('、') });
    case 'overApprovalAmount':
      return t('returns.problem.overApprovalAmount', { amount: formatYuan(f.amountFen), limit: formatYuan(f.limitFen) });
  }
}

export function problemsText(t: T, problems: readonly PolicyProblem[]): string {
  return problems.map((p) => t(`returns.problem.short.${p}`)).join('、');
}
