import { RETURN_RATE_TARGET, type SurveyFigures as Figures } from '../../../shared/domain/surveys/figures';
import { useT } from '../../i18n';
import { percentText } from '../../print/format';

/** Above the list: the return rate against its 80% target, key customers returned of sent, and the counts. */
export function SurveyFigures({ figures, closed }: { readonly figures: Figures; readonly closed: number }) {
  const { t } = useT();
  const { sent, returned, returnRate, meetsTarget, keySent, keyReturned } = figures;
  return (
    <div className="sv-figures" data-testid="survey-figures">
      {returnRate === undefined ? (
        <span className="sv-rate">{t('surveys.rate.none')}</span>
      ) : (
        <span className={`sv-rate ${meetsTarget ? 'sv-rate--met' : 'sv-rate--below'}`}>
          {t('surveys.rate', { rate: percentText(returnRate), target: percentText(RETURN_RATE_TARGET) })} · {t(meetsTarget ? 'surveys.rate.met' : 'surveys.rate.below')}
        </span>
      )}
      <span className={keyReturned < keySent ? 'sv-rate--below' : undefined}>{t('surveys.key', { returned: keyReturned, sent: keySent })}</span>
      <span className="muted">{t('surveys.counts', { closed, sent, returned, notSent: closed - sent })}</span>
    </div>
  );
}
