import type { PrintJobResult } from '../../../shared/schema/print';
import { useT } from '../../i18n';

/** What happened to a print: done, or failed with the reason and the promise that the job is kept. */
export function PrintResultNotice({ result }: { readonly result: PrintJobResult | undefined }) {
  const { t, tc } = useT();
  if (!result) return null;
  if (result.status === 'printed') return <p className="notice notice--ok">{t('print.done')}</p>;
  return (
    <p className="notice notice--danger" role="alert">
      {t('print.failedKept', { reason: tc(result.error ?? 'print.error.failed') })}
    </p>
  );
}
