import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PaperSize } from '../../shared/schema/print';
import { fontFaceCss } from './fontFaces';
import { PAPERS } from './paper';
import { printCss } from './styles';
import type { PrintContext, PrintOutput } from './context';
import type { Label } from './labels';

export interface PrintDocumentInput {
  readonly paper: PaperSize;
  readonly title: string;
  readonly body: ReactElement;
  /** Absolute URL the bundled font files resolve against (see PrintContext.fontBaseUrl). */
  readonly fontBaseUrl: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A complete, self-contained HTML document: inline CSS, inline SVG, and the
 * bundled font as the only outside resource. `data-paper-width-mm` tells the
 * main process the width for a roll's pageSize (it measures the length).
 */
export function renderPrintDocument({ paper, title, body, fontBaseUrl }: PrintDocumentInput): string {
  const spec = PAPERS[paper];
  const markup = renderToStaticMarkup(body);
  const css = printCss(spec);
  const fonts = fontFaceCss(title + markup + css, fontBaseUrl);
  return [
    '<!doctype html>',
    `<html lang="zh-CN" data-paper="${paper}" data-paper-width-mm="${spec.widthMm}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${fonts}\n${css}</style>`,
    '</head>',
    `<body class="paper-${paper}">${markup}</body>`,
    '</html>',
    '',
  ].join('\n');
}

export interface MonthlyReportInput {
  readonly title: Label;
  /** yyyy-MM, store-local. */
  readonly month: string;
  /** The archive keeps one per month: `${archivePrefix}-${month}`. */
  readonly archivePrefix: string;
  readonly body: ReactElement;
  readonly ctx: PrintContext;
  readonly paper: PaperSize;
}

/** A month's report (A4): titled with the month, one archived copy name per month. */
export function renderMonthlyReport({ title, month, archivePrefix, body, ctx, paper }: MonthlyReportInput): PrintOutput {
  const text = `${title.zh} ${month}`;
  return { html: renderPrintDocument({ paper, title: text, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title: text, recordNumber: `${archivePrefix}-${month}` };
}
