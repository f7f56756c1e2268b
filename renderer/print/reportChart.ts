import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ReportChart } from '../../shared/domain/reports/model';
import type { Lang } from '../../shared/domain/reports/sheets';
import { PRINT_FONT_FAMILY } from './fontFaces';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, SVGRenderer]);

/**
 * Text widths for the layout, worked out from the characters rather than a
 * canvas: the same chart lays out the same on screen, on paper and in a test
 * (no canvas there), and the print font need not be loaded to measure it.
 * Chinese characters are one em wide in Noto Sans SC, digits and Latin about half.
 */
function measureText(text: string, font?: string): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : ch === ' ' ? 0.3 : 0.56;
  return { width: em * size };
}
echarts.setPlatformAPI({ measureText });

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

export const CHART_SIZE: ChartSize = { width: 680, height: 220 };

/** Dark, different greys when printed in black and white. */
const COLORS = ['#1f4e79', '#c55a11', '#548235', '#7f6000'];

/** Bars with more categories than this get slanted labels; a line with more points than this shows no value labels. */
const CROWDED = 8;

/**
 * A report chart as an SVG string, drawn by ECharts' server-side SVG
 * renderer (no canvas, no animation): the screen puts it inline, the A4
 * print embeds the same string, so both show the same picture. Texts use
 * the bundled font the printouts use. ECharts escapes the texts it writes.
 */
export function chartSvg(chart: ReportChart, lang: Lang, size: ChartSize = CHART_SIZE): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    const crowded = chart.categories.length > CROWDED;
    const percent = chart.unit === 'percent';
    instance.setOption({
      animation: false,
      color: COLORS,
      textStyle: { fontFamily: `'${PRINT_FONT_FAMILY}', 'Microsoft YaHei', 'PingFang SC', sans-serif`, fontSize: 12 },
      legend: { show: chart.series.length > 1, top: 0, data: chart.series.map((s) => s.label[lang]) },
      // 'same': the axis labels stay inside the grid's box (the old containLabel).
      grid: { left: 8, right: 16, top: chart.series.length > 1 ? 32 : 16, bottom: 8, outerBoundsMode: 'same' },
      xAxis: {
        type: 'category',
        data: chart.categories.map((c) => c[lang]),
        axisLabel: { interval: chart.kind === 'line' && crowded ? 'auto' : 0, rotate: chart.kind === 'bar' && crowded ? 30 : 0, color: '#000' },
      },
      yAxis: { type: 'value', minInterval: chart.unit === 'count' ? 1 : 0, max: percent ? 100 : undefined, axisLabel: { color: '#000', formatter: percent ? '{value}%' : '{value}' } },
      series: chart.series.map((s) => ({
        name: s.label[lang],
        type: chart.kind,
        data: [...s.values],
        label: { show: chart.kind === 'bar' || !crowded, position: 'top', color: '#000', formatter: percent ? '{c}%' : '{c}' },
        ...(chart.kind === 'line' ? { showSymbol: true, lineStyle: { width: 2 } } : { barMaxWidth: 40 }),
      })),
    });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
