import type { ReactNode } from 'react';
import type { DayClose, DayClosedData } from '../../shared/domain/dayClose/types';
import { isKnownRecordType } from '../../shared/domain/entry';
import { formatYuan } from '../../shared/domain/money';
import type { RefundMethod } from '../../shared/domain/returns/types';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { CARRIED_LABELS, DAY_CLOSE as L, RECORD_TYPE_LABELS } from './dayCloseLabels';
import { renderPrintDocument } from './document';
import { printTime } from './format';
import type { Label } from './labels';
import { Bi, BiHead, Fields, PrintHeader, PrintSection, SignOff, staffText } from './parts';
import { REFUND_METHOD_LABELS } from './returnLabels';

export interface DayClosePrintInput {
  /** The signed close, or the figures as they would be signed (printed as a draft). */
  readonly close: DayClose | DayClosedData;
}

function isSigned(close: DayClose | DayClosedData): close is DayClose {
  return 'closedBy' in close;
}

function areaLabel(recordType: string): Label {
  return isKnownRecordType(recordType) ? RECORD_TYPE_LABELS[recordType] : { zh: recordType, en: recordType };
}

function refundLabel(method: string): Label {
  return method in REFUND_METHOD_LABELS ? REFUND_METHOD_LABELS[method as RefundMethod] : { zh: method, en: method };
}


/** One row per counter: entries, sequence range, corrections, then every money line. */
function Counters({ close }: { readonly close: DayClosedData }): ReactNode {
  const methods = [...new Set(close.counters.flatMap((c) => Object.keys(c.money.refundsFen)))].sort();
  const total = (pick: (c: DayClosedData['counters'][number]) => number) => close.counters.reduce((sum, c) => sum + pick(c), 0);
  const moneyColumns: { readonly label: Label; readonly pick: (c: DayClosedData['counters'][number]) => number }[] = [
    ...methods.map((m) => ({ label: refundLabel(m), pick: (c: DayClosedData['counters'][number]) => c.money.refundsFen[m] ?? 0 })),
    { label: L.storeCredit, pick: (c) => c.money.storeCreditFen },
    { label: L.serviceFees, pick: (c) => c.money.serviceFeesFen },
    { label: L.giftValue, pick: (c) => c.money.giftValueFen },
  ];
  return (
    <PrintSection title={L.byCounter}>
      <table data-table="counters">
        <BiHead columns={[L.counter, L.entries, L.seq, L.corrections, ...moneyColumns.map((c) => c.label)]} />
        <tbody>
          {close.counters.map((c) => (
            <tr key={c.counter}>
              <td className="mono">{c.counter}</td>
              <td className="num">{c.entries}</td>
              <td className="mono">{c.entries > 0 ? `${c.firstSeq}–${c.lastSeq}` : '—'}</td>
              <td className="num">{c.corrections}</td>
              {moneyColumns.map((m) => (
                <td key={m.label.zh} className="num">
                  {formatYuan(m.pick(c))}
                </td>
              ))}
            </tr>
          ))}
          <tr data-row="total">
            <td>
              <Bi label={{ zh: '合计', en: 'Total' }} />
            </td>
            <td className="num">{total((c) => c.entries)}</td>
            <td />
            <td className="num">{total((c) => c.corrections)}</td>
            {moneyColumns.map((m) => (
              <td key={m.label.zh} className="num">
                {formatYuan(total(m.pick))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </PrintSection>
  );
}

function Areas({ close }: { readonly close: DayClosedData }): ReactNode {
  const areas = [...new Set(close.counters.flatMap((c) => Object.keys(c.areas)))].sort();
  return (
    <PrintSection title={L.areas}>
      <table data-table="areas">
        <BiHead columns={[L.area, ...close.counters.map((c) => ({ zh: c.counter, en: '' }))]} />
        <tbody>
          {areas.map((a) => (
            <tr key={a}>
              <td>
                <Bi label={areaLabel(a)} />
              </td>
              {close.counters.map((c) => (
                <td key={c.counter} className="num">
                  {c.areas[a] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSection>
  );
}

function DayCloseBody({ close, ctx }: { readonly close: DayClose | DayClosedData; readonly ctx: PrintContext }): ReactNode {
  const signed = isSigned(close) ? close : undefined;
  const gaps = close.counters.filter((c) => c.missingSeqs.length > 0).map((c) => `${c.counter}: ${c.missingSeqs.join(', ')}`);
  return (
    <>
      <PrintHeader ctx={ctx} title={L.title} part={signed ? undefined : L.draft} />
      <Fields
        rows={[
          [L.day, close.day],
          [
            L.signed,
            signed && (
              <>
                {staffText(signed.closedBy, ctx)} · {printTime(signed.closedAt, ctx)} · {signed.closedAtCounter}
              </>
            ),
          ],
          [L.otherCloses, signed && signed.conflicts.length > 0 ? String(signed.conflicts.length) : undefined],
          [L.gaps, gaps.length > 0 ? gaps.join('；') : undefined],
        ]}
      />
      {close.counters.length === 0 ? (
        <p>
          <Bi label={L.noWork} />
        </p>
      ) : (
        <>
          <Counters close={close} />
          <Areas close={close} />
        </>
      )}
      <div className="cols">
        <PrintSection title={L.carried}>
          <Fields rows={Object.entries(CARRIED_LABELS).map(([key, label]) => [label, String(close.carried[key as keyof typeof CARRIED_LABELS])])} />
        </PrintSection>
        <PrintSection title={L.notes}>
          <p>{close.notes || L.noNotes.zh}</p>
        </PrintSection>
      </div>
      <PrintSection title={L.hash}>
        <table data-table="hashes">
          <BiHead columns={[L.counter, L.previousHash, L.hash]} />
          <tbody>
            {close.counters.map((c) => (
              <tr key={c.counter}>
                <td className="mono">{c.counter}</td>
                <td className="mono">{c.previousHash ? c.previousHash.slice(0, 16) : '—'}</td>
                <td className="mono">{c.hash.slice(0, 16)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </PrintSection>
      <SignOff labels={[L.signSupervisor, L.signCashier, L.signManager]} ctx={ctx} />
    </>
  );
}

/** 日结单 (A4): each counter's day, money per method, what is carried, the notes, the hash chain and signature lines. */
export function renderDayClose(input: DayClosePrintInput, ctx: PrintContext, paper: PaperSize = 'A4'): PrintOutput {
  const title = `${L.title.zh} ${input.close.day}`;
  return {
    html: renderPrintDocument({ paper, title, body: <DayCloseBody close={input.close} ctx={ctx} />, fontBaseUrl: ctx.fontBaseUrl }),
    paper,
    title,
    recordNumber: `CLOSE-${input.close.day}`,
  };
}
