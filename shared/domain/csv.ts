/**
 * A small CSV writer shared by the returns summary and the gifts reports.
 *
 * RFC 4180 quoting: a cell holding a comma, a double quote, CR or LF is
 * wrapped in double quotes and its quotes are doubled. Rows end with CRLF.
 * The text starts with a UTF-8 byte order mark because Excel on Chinese
 * Windows otherwise opens UTF-8 files as GBK and shows 乱码.
 *
 * Cells starting with = + - @ (or tab/CR) would be run as formulas by
 * spreadsheet programs ("CSV injection"); a clerk-typed text such as a
 * reason is prefixed with an apostrophe. Numbers are written as they are, so
 * negative amounts stay numbers.
 */
export type CsvCell = string | number | boolean | null | undefined;
export type CsvRow = readonly CsvCell[];

export const UTF8_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row (no line end). */
export function csvRow(row: CsvRow): string {
  return row.map(csvCell).join(',');
}

/** The whole file: BOM, header, rows, each ending with CRLF. */
export function toCsv(header: CsvRow, rows: Iterable<CsvRow>, options: { readonly bom?: boolean } = {}): string {
  const lines = [csvRow(header)];
  for (const row of rows) lines.push(csvRow(row));
  return `${options.bom === false ? '' : UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
