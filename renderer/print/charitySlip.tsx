import type { ReactNode } from 'react';
import type { CharityEvent } from '../../shared/domain/charity/types';
import { formatYuan } from '../../shared/domain/money';
import type { PaperSize } from '../../shared/schema/print';
import { CHARITY_RECIPIENT_KIND_LABELS, CHARITY_SLIP } from './charityLabels';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { maskPhone, printTime } from './format';
import { COMMON } from './labels';
import { paperSpec, type PaperSpec } from './paper';
import { approverText, Bi, Fields, PrintFooter, PrintHeader, RecordCodes, SignatureLine, staffText } from './parts';

interface SlipProps {
  readonly event: CharityEvent;
  readonly ctx: PrintContext;
  readonly paper: PaperSpec;
}

/** What was handed over (before the hand-out: what was approved, for the recipient to see ahead). */
function Given({ event, ctx }: Omit<SlipProps, 'paper'>): ReactNode {
  const h = event.handedOut;
  const quantity = h ? h.quantity : (event.goods?.quantity ?? 0);
  const moneyFen = h ? h.moneyFen : (event.moneyFen ?? 0);
  return (
    <div className="section">
      {event.goods && quantity > 0 && (
        <div className="big">
          {event.goods.giftName} ×{quantity}
        </div>
      )}
      {moneyFen > 0 && <div className="big">¥{formatYuan(moneyFen)}</div>}
      <Fields
        rows={[
          [CHARITY_SLIP.value, event.goods && quantity > 0 ? `¥${formatYuan(event.goods.valueFen * quantity)}` : undefined],
          [CHARITY_SLIP.representative, h?.representative],
          [COMMON.phone, h?.phone ? maskPhone(h.phone) : undefined],
          [CHARITY_SLIP.handedOutAt, h ? printTime(h.at, ctx) : undefined],
          [
            COMMON.staff,
            h && (
              <>
                {staffText(h.by, ctx)} · {COMMON.counter.zh} {h.counter}
              </>
            ),
          ],
          [COMMON.approvedBy, approverText(event.defined.approvedBy, event.defined.at, ctx)],
        ]}
      />
    </div>
  );
}

function CharitySlip({ event, ctx, paper }: SlipProps): ReactNode {
  const kind = CHARITY_RECIPIENT_KIND_LABELS[event.recipientKind];
  return (
    <>
      <PrintHeader ctx={ctx} title={CHARITY_SLIP.title} />
      <RecordCodes
        number={event.number}
        paper={paper}
        rows={[
          [CHARITY_SLIP.event, event.name],
          [CHARITY_SLIP.day, event.day],
          [CHARITY_SLIP.recipient, `${event.recipient}（${kind.zh} ${kind.en}）`],
        ]}
      />
      <Given event={event} ctx={ctx} />
      <p className="note section">
        <Bi label={CHARITY_SLIP.note} />
      </p>
      <div className="signs">
        <SignatureLine label={CHARITY_SLIP.signRecipient} />
        <SignatureLine label={CHARITY_SLIP.signStore} />
      </div>
      <PrintFooter ctx={ctx} />
    </>
  );
}

/** 公益赞助交接单 on the 80 mm roll: what the store handed to whom, the GY number as barcode and QR; the representative signs on paper; a reprint says 补打. */
export function renderCharitySlip(event: CharityEvent, ctx: PrintContext, paper: PaperSize = '80mm'): PrintOutput {
  const title = `${CHARITY_SLIP.title.zh} ${event.number}`;
  const body = <CharitySlip event={event} ctx={ctx} paper={paperSpec(paper, ctx.thermalDpi)} />;
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: event.number };
}
