import type { ReactNode } from 'react';
import type { MonthlySuggestions } from '../../shared/domain/enquiries/monthly';
import { ENQUIRY_TOPICS } from '../../shared/domain/enquiries/types';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderMonthlyReport } from './document';
import { maskPhone, printTime } from './format';
import { BiHead, Fields, NoBreak, PrintHeader, PrintSection, RecordNo, SignOff, staffText } from './parts';
import { CHANNEL_LABELS, STATE_LABELS, SUGGESTIONS_MONTHLY as L, TOPIC_LABELS, VIA_LABELS } from './suggestionLabels';

export interface SuggestionsMonthlyInput {
  readonly list: MonthlySuggestions;
  /** When the list was read (overdue is as of then). */
  readonly generatedAt?: number | undefined;
}

const SHORT = 'MM-dd HH:mm';

function Lines({ list, ctx }: { readonly list: MonthlySuggestions; readonly ctx: PrintContext }): ReactNode {
  if (list.lines.length === 0) return <p>{`${L.none.zh} · ${L.none.en}`}</p>;
  return (
    <table data-table={L.list.en}>
      <BiHead columns={[L.number, L.customer, L.question, L.department, L.reply, L.told]} />
      <tbody>
        {list.lines.map(({ enquiry: e, overdue, late }) => (
          <tr key={e.id}>
            <td>
              <RecordNo>{e.number}</RecordNo>
              <div>{printTime(e.loggedAt, ctx, SHORT)}</div>
            </td>
            <td>
              {e.customerName}
              {/* The list goes round departments: the phone is masked; the desk keeps the full number. */}
              {e.phone && (
                <div>
                  <NoBreak>{maskPhone(e.phone)}</NoBreak>
                </div>
              )}
            </td>
            <td>
              {TOPIC_LABELS[e.topic].zh} · {e.question}
            </td>
            <td>
              {e.suggestion?.department}
              <div>{e.suggestion?.replyDue}</div>
            </td>
            <td>
              {e.reply ? (
                <>
                  {e.reply.reply}
                  <div>
                    {printTime(e.reply.at, ctx, SHORT)}
                    {e.reply.repliedBy && ` · ${e.reply.repliedBy}`}
                    {late && ` · ${L.late.zh}`}
                  </div>
                </>
              ) : (
                <>
                  {STATE_LABELS[e.state].zh}
                  {overdue && <strong>{` · ${L.overdue.zh}`}</strong>}
                </>
              )}
            </td>
            <td>
              {e.told ? (
                <>
                  {printTime(e.told.toldAt, ctx, 'MM-dd')} {VIA_LABELS[e.told.via].zh}
                  <div>{staffText(e.told.by, ctx)}</div>
                </>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Monthly({ list, generatedAt, ctx }: SuggestionsMonthlyInput & { readonly ctx: PrintContext }): ReactNode {
  const topics = ENQUIRY_TOPICS.filter((k) => list.byTopic[k] > 0).map((k) => `${TOPIC_LABELS[k].zh} ${list.byTopic[k]}`);
  return (
    <>
      <PrintHeader ctx={ctx} title={L.title} />
      <Fields
        rows={[
          [L.month, list.month],
          [L.logged, `${list.logged}（${CHANNEL_LABELS.phone.zh} ${list.byChannel.phone} · ${CHANNEL_LABELS.desk.zh} ${list.byChannel.desk}）`],
          [L.byTopic, topics.length > 0 ? topics.join(' · ') : '—'],
          [L.suggestions, String(list.lines.length)],
          [L.replies, `已答复 ${list.replied}（按期 ${list.repliedOnTime}）· 已告知顾客 ${list.told} · 待答复 ${list.awaiting}（逾期 ${list.overdue}）`],
          [L.generated, printTime(generatedAt ?? ctx.printedAt, ctx)],
        ]}
      />
      <PrintSection title={L.list}>
        <Lines list={list} ctx={ctx} />
      </PrintSection>
      <SignOff labels={[L.signPrepared, L.signSupervisor, L.signManager]} ctx={ctx} />
    </>
  );
}

/** 月度顾客建议及答复 (A4): the month's calls and enquiries counted, and each suggestion with its department, reply and the customer told. */
export function renderSuggestionsMonthly(input: SuggestionsMonthlyInput, ctx: PrintContext, paper: PaperSize = 'A4'): PrintOutput {
  return renderMonthlyReport({ title: L.title, month: input.list.month, archivePrefix: 'SUGGESTIONS', body: <Monthly {...input} ctx={ctx} />, ctx, paper });
}
