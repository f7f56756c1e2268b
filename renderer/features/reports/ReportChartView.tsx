import { useMemo } from 'react';
import type { ReportChart } from '../../../shared/domain/reports/model';
import type { Lang } from '../../../shared/domain/reports/sheets';
import { chartSvg } from '../../print/reportChart';

/** A chart drawn by the same function as on paper, inline SVG in the screen's language. */
export function ReportChartView({ chart, lang }: { readonly chart: ReportChart; readonly lang: Lang }) {
  const svg = useMemo(() => chartSvg(chart, lang), [chart, lang]);
  return (
    <figure className="report-chart" aria-label={chart.title[lang]}>
      <figcaption>{chart.title[lang]}</figcaption>
      {/* ECharts' SVG of the report's own figures; it escapes the texts it writes. */}
      <div className="report-chart__svg" dangerouslySetInnerHTML={{ __html: svg }} />
    </figure>
  );
}
