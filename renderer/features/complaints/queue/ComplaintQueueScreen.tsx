import { useMemo, useState } from 'react';
import { isOverdue } from '../../../../shared/domain/complaints/queue';
import { useSession } from '../../../app/session';
import { useT } from '../../../i18n';
import { CalendarCoverageNotice } from '../CalendarCoverageNotice';
import { ComplaintDetail } from '../detail/ComplaintDetail';
import { ComplaintQueueTable } from './ComplaintQueueTable';
import { filterQueue, QUEUE_FILTERS, type QueueFilter } from './queueFilter';
import { useQueueRows } from './QueueRows';

/** The open complaints, most urgent first, with time left or overdue; a line opens the complaint. */
export function ComplaintQueueScreen() {
  const { t } = useT();
  const me = useSession((s) => s.staff?.staffNo);
  const { rows, now } = useQueueRows();
  const [filter, setFilter] = useState<QueueFilter>('all');
  const [openId, setOpenId] = useState<string>();
  const counts = useMemo(
    () => ({ all: rows?.length ?? 0, overdue: rows?.filter(isOverdue).length ?? 0, mine: rows ? filterQueue(rows, 'mine', me).length : 0 }),
    [rows, me],
  );
  const shown = useMemo(() => (rows ? filterQueue(rows, filter, me) : []), [rows, filter, me]);

  if (openId) return <ComplaintDetail complaintId={openId} onClose={() => setOpenId(undefined)} />;
  return (
    <section className="panel" aria-labelledby="complaint-queue-title">
      <h1 id="complaint-queue-title">{t('complaints.queue.title')}</h1>
      <CalendarCoverageNotice now={now} />
      <div className="cq-filters" role="group" aria-label={t('complaints.queue.filter')}>
        {QUEUE_FILTERS.map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {t(`complaints.queue.filter.${f}`, { count: counts[f] })}
          </button>
        ))}
      </div>
      {!rows ? (
        <p className="muted">{t('app.loading')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t(`complaints.queue.empty.${filter}`)}</p>
      ) : (
        <ComplaintQueueTable rows={shown} now={now} onOpen={setOpenId} />
      )}
    </section>
  );
}
