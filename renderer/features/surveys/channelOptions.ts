import { SURVEY_CHANNELS, type SurveyChannel } from '../../../shared/domain/surveys/types';
import type { useT } from '../../i18n';

type T = ReturnType<typeof useT>['t'];

/** The four ways a survey goes out, is chased and comes back, as radio choices. */
export function channelOptions(t: T): readonly { readonly value: SurveyChannel; readonly label: string }[] {
  return SURVEY_CHANNELS.map((c) => ({ value: c, label: t(`surveys.channel.${c}`) }));
}
