import { formatInZone } from '../../../shared/domain/clock';
import type { AuditEntry } from '../../db/database';
import { useT } from '../../i18n';
import { actionKey } from './logActions';

interface LogTableProps {
  readonly lines: readonly AuditEntry[];
  readonly timeZone: string;
  readonly who: (staffNo: string | undefined) => string;
}

/** The day's lines, newest first: time, counter, who, approver, what, number, summary. */
export function LogTable({ lines, timeZone, who }: LogTableProps) {
  const { t } = useT();
  if (lines.length === 0) return <p className="muted">{t('log.empty')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>{t('log.col.time')}</th>
          <th>{t('log.col.counter')}</th>
          <th>{t('log.col.staff')}</th>
          <th>{t('log.col.approver')}</th>
          <th>{t('log.col.action')}</th>
          <th>{t('log.col.number')}</th>
          <th>{t('log.col.summary')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const key = actionKey(line.action);
          return (
            <tr key={line.id} data-action={line.action}>
              <td>{formatInZone(line.at, 'HH:mm:ss', timeZone)}</td>
              <td>{line.counter}</td>
              <td>{who(line.staffNo)}</td>
              <td>{line.approvedBy ? who(line.approvedBy) : ''}</td>
              <td>{key ? t(key) : line.action}</td>
              <td>{line.number ?? ''}</td>
              <td>{line.summary}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
