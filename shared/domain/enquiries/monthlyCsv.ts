import { formatInZone } from '../clock';
import { toCsv, type CsvRow } from '../csv';
import type { MonthlySuggestions } from './monthly';
import type { EnquiryChannel, EnquiryState, EnquiryTopic, ToldVia } from './types';

export const SUGGESTION_CSV_COLUMNS = [
  'number',
  'loggedAt',
  'channel',
  'topic',
  'customer',
  'question',
  'answer',
  'department',
  'replyDue',
  'state',
  'overdue',
  'reply',
  'repliedBy',
  'repliedAt',
  'late',
  'toldVia',
  'toldAt',
  'toldBy',
] as const;
export type SuggestionCsvColumn = (typeof SUGGESTION_CSV_COLUMNS)[number];

/** Texts in the reader's language. */
export interface SuggestionCsvLabels {
  readonly column: (c: SuggestionCsvColumn) => string;
  readonly channel: (c: EnquiryChannel) => string;
  readonly topic: (t: EnquiryTopic) => string;
  readonly state: (s: EnquiryState) => string;
  readonly via: (v: ToldVia) => string;
  readonly yes: string;
}

/**
 * The month's suggestions and replies as CSV (UTF-8 with BOM, for Excel on
 * Chinese Windows), one line per suggestion. The customer's phone stays off
 * the file: it leaves the desk, and the desk is who calls back.
 */
export function suggestionsCsv(list: MonthlySuggestions, labels: SuggestionCsvLabels, timeZone: string): string {
  const time = (ms: number | undefined) => (ms === undefined ? '' : formatInZone(ms, 'yyyy-MM-dd HH:mm', timeZone));
  const rows: CsvRow[] = list.lines.map(({ enquiry: e, overdue, late }) => [
    e.number,
    time(e.loggedAt),
    labels.channel(e.channel),
    labels.topic(e.topic),
    e.customerName,
    e.question,
    e.answer,
    e.suggestion?.department,
    e.suggestion?.replyDue,
    labels.state(e.state),
    overdue ? labels.yes : '',
    e.reply?.reply,
    e.reply?.repliedBy,
    time(e.reply?.at),
    late ? labels.yes : '',
    e.told ? labels.via(e.told.via) : '',
    time(e.told?.toldAt),
    e.told?.by,
  ]);
  return toCsv(
    SUGGESTION_CSV_COLUMNS.map((c) => labels.column(c)),
    rows,
  );
}
