import type { ServiceStarCandidate } from '../../../../shared/domain/complaints/serviceStar';
import { useT } from '../../../i18n';

/** The month's service star (服务之星) and the runners-up. */
export function ServiceStars({ stars }: { readonly stars: readonly ServiceStarCandidate[] }) {
  const { t } = useT();
  const [star] = stars;
  return (
    <section className="panel" aria-label={t('complaints.report.serviceStar')}>
      <h3>{t('complaints.report.serviceStar')}</h3>
      <p className="muted">{t('complaints.report.serviceStarHint')}</p>
      {!star ? (
        <p className="muted">{t('complaints.report.noServiceStar')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('complaints.report.col.staff')}</th>
              <th>{t('complaints.report.col.handled')}</th>
              <th>{t('complaints.report.col.satisfaction')}</th>
            </tr>
          </thead>
          <tbody>
            {stars.map((s) => (
              <tr key={s.staffNo}>
                <td>
                  {s === star && <strong>{t('complaints.report.star')} </strong>}
                  {s.staffNo} {s.name}
                </td>
                <td>{s.handled}</td>
                <td>{s.averageSatisfaction}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
