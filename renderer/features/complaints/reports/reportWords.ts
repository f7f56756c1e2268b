import type { DeadlineKind } from '../../../../shared/domain/complaints/policy';
import type { ReportCsvLabels, ReportCsvSection } from '../../../../shared/domain/complaints/reportCsv';
import type { CauseType, ComplaintCategory, ComplaintChannel, ComplaintSeverity } from '../../../../shared/domain/complaints/types';
import type { useT } from '../../../i18n';

type T = ReturnType<typeof useT>['t'];

function codeName(section: ReportCsvSection, code: string, t: T): string {
  switch (section) {
    case 'total':
      return t('complaints.report.total');
    case 'validity':
      return code === 'valid' ? t('complaints.report.valid') : t('complaints.report.invalid');
    case 'rate':
      return code === 'customers' ? t('complaints.report.customerCount') : t('complaints.report.rate');
    case 'category':
      return t(`complaints.category.${code as ComplaintCategory}`);
    case 'severity':
      return t(`complaints.severity.${code as ComplaintSeverity}`);
    case 'channel':
      return t(`complaints.channel.${code as ComplaintChannel}`);
    case 'onTime':
      return t(`complaints.deadline.${code as DeadlineKind}`);
    case 'satisfaction':
      return code === 'average' ? t('complaints.report.satisfactionAverage') : t('complaints.report.rated');
    case 'causeType':
      return t(`complaints.cause.${code as CauseType}`);
    case 'topCause':
    case 'serviceStar':
    case 'serviceStarHandled':
      return code;
  }
}

/** The CSV's texts in the screen's language. */
export function reportCsvLabels(t: T): ReportCsvLabels {
  return {
    header: [
      t('complaints.report.csv.section'),
      'code',
      t('complaints.report.col.item'),
      t('complaints.report.csv.value'),
      t('complaints.report.col.missed'),
      t('complaints.report.col.rate'),
    ],
    section: (s) => t(`complaints.report.section.${s}`),
    name: (section, code) => codeName(section, code, t),
  };
}
