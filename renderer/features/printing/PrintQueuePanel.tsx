import { useCallback, useEffect, useState } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import type { PrintJobResult, QueuedPrintJob } from '../../../shared/schema/print';
import { useServices } from '../../app/services';
import { useSession } from '../../app/session';
import { useT } from '../../i18n';
import { PrintResultNotice } from './PrintResultNotice';

/** Print jobs that failed (no printer, offline): kept by the main process until a retry succeeds. */
export function PrintQueuePanel() {
  const { t, tc } = useT();
  const { desk } = useServices();
  const timeZone = useSession((s) => s.profile?.timeZone);
  const [jobs, setJobs] = useState<readonly QueuedPrintJob[]>([]);
  const [last, setLast] = useState<PrintJobResult>();
  const refresh = useCallback(() => void desk['print:queue'](undefined).then((r) => r.ok && setJobs(r.value)), [desk]);
  useEffect(refresh, [refresh]);
  const retry = async (jobId: string) => {
    const result = await desk['print:retry']({ jobId });
    setLast(result.ok ? result.value : { jobId, status: 'failed', error: result.error });
    refresh();
  };
  return (
    <section className="panel" aria-labelledby="print-queue-title">
      <h2 id="print-queue-title">{t('printQueue.title')}</h2>
      <PrintResultNotice result={last} />
      {jobs.length === 0 ? (
        <p className="muted">{t('printQueue.empty')}</p>
      ) : (
        <table>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.jobId}>
                <td>{job.recordNumber}</td>
                <td>{t(`printers.kind.${job.kind}`)}</td>
                <td>{formatInZone(job.createdAt, 'MM-dd HH:mm', timeZone)}</td>
                <td>
                  {t('printQueue.attempts', { count: job.attempts })}
                  {job.lastError && ` · ${tc(job.lastError)}`}
                </td>
                <td>
                  <button type="button" onClick={() => void retry(job.jobId)}>
                    {t('printQueue.retry')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
