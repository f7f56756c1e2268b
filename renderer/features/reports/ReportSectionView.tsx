import type { Figure, ReportSection } from '../../../shared/domain/reports/model';
import { statusText, type Lang } from '../../../shared/domain/reports/sheets';
import { cellText, figureText } from '../../../shared/domain/reports/text';
import { useT } from '../../i18n';
import { ReportChartView } from './ReportChartView';

function FigureValue({ figure, lang }: { readonly figure: Figure; readonly lang: Lang }) {
  const { t } = useT();
  return (
    <dd>
      {figureText(figure)}
      {figure.target && (
        <span className={figure.target.met ? 'report-target report-target--met' : 'report-target report-target--missed'}>
          {' '}
          {t('reports.target', { target: figure.target.value, status: statusText(figure, lang) })}
        </span>
      )}
    </dd>
  );
}

/** One section of the report: its figures, charts and tables, as labelled on paper. */
export function ReportSectionView({ section, lang }: { readonly section: ReportSection; readonly lang: Lang }) {
  return (
    <section className="panel report-section" aria-label={section.title[lang]}>
      <h2>{section.title[lang]}</h2>
      <dl className="facts">
        {section.figures.map((f) => (
          <div key={f.id} className="report-figure" data-figure={f.id}>
            <dt>{f.label[lang]}</dt>
            <FigureValue figure={f} lang={lang} />
          </div>
        ))}
      </dl>
      <div className="report-charts">
        {section.charts.map((c) => (
          <ReportChartView key={c.id} chart={c} lang={lang} />
        ))}
      </div>
      {section.tables.map((table) => (
        <table key={table.id} className="report-table" aria-label={table.title[lang]}>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.label.zh} className={c.unit === 'label' ? undefined : 'num'}>
                  {c.label[lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => {
                  const unit = table.columns[j]?.unit ?? 'label';
                  return (
                    <td key={j} className={unit === 'label' ? undefined : 'num'}>
                      {cellText(cell, unit, lang)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {section.notes.map((n) => (
        <p key={n.zh} className="muted">
          {n[lang]}
        </p>
      ))}
    </section>
  );
}
