import { ServiceStars } from './ServiceStars';
import { DEADLINE_KINDS } from '../../../../shared/domain/complaints/policy';
import type { MonthlyComplaintReport } from '../../../../shared/domain/complaints/report';
import { CAUSE_TYPES, COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES } from '../../../../shared/domain/complaints/types';
import { useT } from '../../../i18n';
import { percentText } from '../../../print/format';

function CountTable(props: { readonly title: string; readonly rows: readonly { readonly key: string; readonly name: string; readonly count: number }[] }) {
  const { t } = useT();
  return (
    <section className="panel" aria-label={props.title}>
      <h3>{props.title}</h3>
      <table>
        <thead>
          <tr>
            <th>{t('complaints.report.col.item')}</th>
            <th>{t('complaints.report.col.count')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key}>
              <td>{r.name}</td>
              <td>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The month counted every way the supervisor reads it: the same tables as the printout. */
export function ReportTables({ report: r }: { readonly report: MonthlyComplaintReport }) {
  const { t } = useT();
  return (
    <>
      <div className="row">
        <CountTable
          title={t('complaints.report.byCategory')}
          rows={COMPLAINT_CATEGORIES.map((k) => ({ key: k, name: t(`complaints.category.${k}`), count: r.byCategory[k] }))}
        />
        <CountTable
          title={t('complaints.report.bySeverity')}
          rows={COMPLAINT_SEVERITIES.map((k) => ({ key: k, name: t(`complaints.severity.${k}`), count: r.bySeverity[k] }))}
        />
        <CountTable title={t('complaints.report.byChannel')} rows={COMPLAINT_CHANNELS.map((k) => ({ key: k, name: t(`complaints.channel.${k}`), count: r.byChannel[k] }))} />
      </div>
      <section className="panel" aria-label={t('complaints.report.onTime')}>
        <h3>{t('complaints.report.onTime')}</h3>
        <table>
          <thead>
            <tr>
              <th>{t('complaints.report.col.limit')}</th>
              <th>{t('complaints.report.col.met')}</th>
              <th>{t('complaints.report.col.missed')}</th>
              <th>{t('complaints.report.col.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {DEADLINE_KINDS.map((k) => (
              <tr key={k}>
                <td>{t(`complaints.deadline.${k}`)}</td>
                <td>{r.onTime[k].met}</td>
                <td>{r.onTime[k].missed}</td>
                <td>{percentText(r.onTime[k].rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="row">
        <section className="panel" aria-label={t('complaints.report.topCauses')}>
          <h3>{t('complaints.report.topCauses')}</h3>
          {r.topCauses.length === 0 ? (
            <p className="muted">{t('complaints.report.noCauses')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('complaints.report.col.cause')}</th>
                  <th>{t('complaints.report.col.count')}</th>
                </tr>
              </thead>
              <tbody>
                {r.topCauses.map((c) => (
                  <tr key={c.cause}>
                    <td>{c.cause}</td>
                    <td>{c.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <CountTable title={t('complaints.report.byCauseType')} rows={CAUSE_TYPES.map((k) => ({ key: k, name: t(`complaints.cause.${k}`), count: r.byCauseType[k] }))} />
      </div>
      <ServiceStars stars={r.serviceStars} />
    </>
  );
}
