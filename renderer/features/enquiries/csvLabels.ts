import type { SuggestionCsvLabels } from '../../../shared/domain/enquiries/monthlyCsv';
import type { useT } from '../../i18n';

type T = ReturnType<typeof useT>['t'];

/** The CSV's texts in the screen's language. */
export function suggestionCsvLabels(t: T): SuggestionCsvLabels {
  return {
    column: (c) => t(`enquiries.csv.${c}`),
    channel: (c) => t(`enquiries.channel.${c}`),
    topic: (k) => t(`enquiries.topic.${k}`),
    state: (s) => t(`enquiries.state.${s}`),
    via: (v) => t(`enquiries.via.${v}`),
    yes: t('enquiries.csv.yes'),
  };
}
