import type { MonthlyPoints } from '../../../../shared/domain/complaints/responsibility';
import { useT } from '../../../i18n';

/** The month's points per person (own, shared as direct supervisor, total) and the complaint behind each. */
export function PointsTables({ points, nameOf }: { readonly points: MonthlyPoints; readonly nameOf: (staffNo: string) => string }) {
  const { t } = useT();
  if (points.lines.length === 0) {
    return (
      <section className="panel">
        <p className="muted">{t('complaints.points.none', { month: points.month })}</p>
      </section>
    );
  }
  return (
    <>
      <section className="panel" aria-labelledby="points-people-title">
        <h2 id="points-people-title">{t('complaints.points.byPerson')}</h2>
        <table aria-labelledby="points-people-title">
          <thead>
            <tr>
              <th>{t('complaints.points.col.staffNo')}</th>
              <th>{t('complaints.points.col.name')}</th>
              <th>{t('complaints.points.col.complaints')}</th>
              <th>{t('complaints.points.col.own')}</th>
              <th>{t('complaints.points.col.shared')}</th>
              <th>{t('complaints.points.col.total')}</th>
            </tr>
          </thead>
          <tbody>
            {points.byStaff.map((s) => (
              <tr key={s.staffNo}>
                <td className="mono">{s.staffNo}</td>
                <td>{nameOf(s.staffNo)}</td>
                <td>{s.complaints}</td>
                <td>{s.ownPoints}</td>
                <td>{s.sharedPoints}</td>
                <td>
                  <strong>{s.total}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="panel" aria-labelledby="points-lines-title">
        <h2 id="points-lines-title">{t('complaints.points.lines')}</h2>
        <table aria-labelledby="points-lines-title">
          <thead>
            <tr>
              <th>{t('complaints.points.col.number')}</th>
              <th>{t('complaints.points.col.person')}</th>
              <th>{t('complaints.points.col.nth')}</th>
              <th>{t('complaints.points.col.points')}</th>
              <th>{t('complaints.points.col.supervisor')}</th>
              <th>{t('complaints.points.col.supervisorPoints')}</th>
            </tr>
          </thead>
          <tbody>
            {points.lines.map((l) => (
              <tr key={l.complaintId}>
                <td className="mono">{l.number}</td>
                <td>
                  {nameOf(l.staffNo)} ({l.staffNo})
                </td>
                <td>{t('complaints.points.nth', { nth: l.nth })}</td>
                <td>{l.points}</td>
                <td>{l.supervisorNo ? `${nameOf(l.supervisorNo)} (${l.supervisorNo})` : '—'}</td>
                <td>{l.supervisorPoints}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
