import { FormError } from '../../../components/Field';
import type { IntakePreview } from '../../../db/complaints/intake';
import { useT } from '../../../i18n';
import { readBackSentences } from './readBackText';

interface ReadBackProps {
  readonly preview: IntakePreview;
  readonly timeZone: string;
  readonly pending: boolean;
  readonly formError?: { readonly code: string; readonly params?: Readonly<Record<string, string | number>> | undefined } | undefined;
  readonly onConfirm: () => void;
  readonly onBack: () => void;
}

/** The summary the clerk reads to the customer; saved only when the customer confirms it (not made to repeat anything). */
export function ReadBack({ preview, timeZone, pending, formError, onConfirm, onBack }: ReadBackProps) {
  const { t } = useT();
  return (
    <section className="panel" aria-labelledby="complaint-readback-title">
      <h2 id="complaint-readback-title">{t('complaints.intake.readBack.title')}</h2>
      <p className="muted">{t('complaints.intake.readBack.intro')}</p>
      <ol data-testid="complaint-readback">
        {readBackSentences(preview, timeZone, t).map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <FormError code={formError?.code} params={formError?.params} />
      <div className="actions">
        <button type="button" onClick={onBack} disabled={pending}>
          {t('complaints.intake.readBack.back')}
        </button>
        <button type="button" className="primary" onClick={onConfirm} disabled={pending} autoFocus>
          {t('complaints.intake.readBack.confirm')}
        </button>
      </div>
    </section>
  );
}
