import { workshopStage } from '../../../../shared/domain/service/workshop';
import type { RepairCheck, Workshop } from '../../../../shared/domain/service/types';
import type { useT } from '../../../i18n';

type T = ReturnType<typeof useT>['t'];

/** Where goods stand, as the workshop list and the register say it: "检验合格，2026-11-27 可取". */
export function stageText(workshop: Workshop, t: T): string {
  const stage = workshopStage(workshop);
  return stage === 'failed' || stage === 'checked' ? checkText(workshop.check, t) : t(`workshop.stage.${stage}`);
}

/** The supervisor's check in a line: "合格，2026-11-27 可取" or "不合格：仍有异响"; none yet is empty. */
export function checkText(check: RepairCheck | undefined, t: T): string {
  if (!check) return '';
  return check.passed ? t('workshop.stage.checked', { readyOn: check.readyOn ?? '' }) : t('workshop.stage.failed', { note: check.note });
}
