import type { ReactNode } from 'react';
import { giftOf } from '../../shared/domain/gifts/rules';
import type { Campaign, Handout } from '../../shared/domain/gifts/types';
import { formatYuan } from '../../shared/domain/money';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { maskPhone, printTime } from './format';
import { HANDOUT, HANDOUT_STATUSES } from './giftLabels';
import { COMMON } from './labels';
import { paperSpec, type PaperSpec } from './paper';
import { approverText, Bi, Fields, PrintFooter, PrintHeader, RecordCodes, RecordNo, SignatureLine, staffText } from './parts';

interface SlipProps {
  readonly handout: Handout;
  readonly campaign: Campaign;
  readonly ctx: PrintContext;
  readonly paper: PaperSpec;
}

function Reversal({ handout, ctx }: Pick<SlipProps, 'handout' | 'ctx'>): ReactNode {
  const r = handout.reversed;
  if (!r) return null;
  return (
    <div className="section">
      <Fields
        rows={[
          [HANDOUT.reversed, printTime(r.at, ctx)],
          [HANDOUT.reversedReason, r.reason],
          [HANDOUT.returnNumber, r.returnNumber && <RecordNo>{r.returnNumber}</RecordNo>],
          [COMMON.staff, staffText(r.by, ctx)],
          [COMMON.approvedBy, approverText(r.approvedBy, r.at, ctx)],
        ]}
      />
    </div>
  );
}

function HandoutSlip({ handout, campaign, ctx, paper }: SlipProps): ReactNode {
  const gift = giftOf(campaign, handout.giftId);
  const status = HANDOUT_STATUSES[handout.status];
  return (
    <>
      <PrintHeader ctx={ctx} title={HANDOUT.slipTitle} />
      <RecordCodes
        number={handout.number}
        paper={paper}
        rows={[
          [HANDOUT.campaign, campaign.name],
          [HANDOUT.receipt, <RecordNo>{handout.receiptNo}</RecordNo>],
          [HANDOUT.purchaseDate, handout.purchaseDate],
          [HANDOUT.amount, `¥${formatYuan(handout.receiptAmountFen)}`],
          [HANDOUT.handedOutAt, printTime(handout.handedOut.at, ctx)],
        ]}
      />
      <div className="section">
        <div className="big">
          {gift?.name ?? handout.giftId} ×{handout.quantity}
        </div>
        <Fields
          rows={[
            [HANDOUT.value, gift ? `¥${formatYuan(gift.valueFen * handout.quantity)}` : undefined],
            [COMMON.phone, handout.phone ? maskPhone(handout.phone) : undefined],
            [
              COMMON.staff,
              <>
                {staffText(handout.handedOut.by, ctx)} · {COMMON.counter.zh} {handout.handedOut.counter}
              </>,
            ],
            [HANDOUT.status, `${status.zh} ${status.en}`],
          ]}
        />
      </div>
      <Reversal handout={handout} ctx={ctx} />
      <p className="note section">
        <Bi label={HANDOUT.note} />
      </p>
      <div className="signs">
        <SignatureLine label={HANDOUT.signCustomer} />
      </div>
      <PrintFooter ctx={ctx} />
    </>
  );
}

/** 赠品发放单 on the receipt roll: what was given for which receipt, by whom; a reprint says 补打. */
export function renderHandoutSlip(handout: Handout, campaign: Campaign, ctx: PrintContext, paper: PaperSize = '80mm'): PrintOutput {
  const title = `${HANDOUT.slipTitle.zh} ${handout.number}`;
  const body = <HandoutSlip handout={handout} campaign={campaign} ctx={ctx} paper={paperSpec(paper, ctx.thermalDpi)} />;
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: handout.number };
}
