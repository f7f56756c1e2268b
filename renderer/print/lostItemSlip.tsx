import type { ReactNode } from 'react';
import type { LostItem } from '../../shared/domain/storage/lostFound';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { maskPhone, printTime } from './format';
import { COMMON, DISPOSAL_METHODS, LOST_ITEM, LOST_ITEM_STATUSES } from './labels';
import { paperSpec, type PaperSpec } from './paper';
import { approverText, Bi, Fields, PrintFooter, PrintHeader, RecordCodes, RecordNo, SignatureLine, staffText } from './parts';

interface SlipProps {
  readonly item: LostItem;
  readonly ctx: PrintContext;
  readonly paper: PaperSpec;
}

/** Only an inline JPEG/PNG: the printout loads nothing but the font. */
function Photo({ src }: { readonly src: string | undefined }): ReactNode {
  if (!src?.startsWith('data:image/')) return null;
  return (
    <div className="section">
      <div className="section-title">
        <Bi label={LOST_ITEM.photo} />
      </div>
      <img className="photo" src={src} alt="" />
    </div>
  );
}

function Outcome({ item, ctx }: Omit<SlipProps, 'paper'>): ReactNode {
  if (item.claimed) {
    const c = item.claimed;
    return (
      <div className="section">
        <Fields
          rows={[
            [LOST_ITEM.claimant, c.claimantName],
            [COMMON.phone, maskPhone(c.phone)],
            [LOST_ITEM.identityNote, c.identityNote],
            [LOST_ITEM.claimedAt, printTime(c.at, ctx)],
            [COMMON.staff, staffText(c.by, ctx)],
            [COMMON.approvedBy, approverText(c.approvedBy, c.at, ctx)],
          ]}
        />
      </div>
    );
  }
  if (item.disposed) {
    const d = item.disposed;
    return (
      <div className="section">
        <Fields
          rows={[
            [LOST_ITEM.disposal, `${DISPOSAL_METHODS[d.method].zh} ${DISPOSAL_METHODS[d.method].en}`],
            [LOST_ITEM.reason, d.reason],
            [COMMON.date, printTime(d.at, ctx)],
            [COMMON.staff, staffText(d.by, ctx)],
            [COMMON.approvedBy, approverText(d.approvedBy, d.at, ctx)],
          ]}
        />
      </div>
    );
  }
  return null;
}

function LostItemSlip({ item, ctx, paper }: SlipProps): ReactNode {
  const status = LOST_ITEM_STATUSES[item.status];
  return (
    <>
      <PrintHeader ctx={ctx} title={LOST_ITEM.slipTitle} />
      <RecordCodes
        number={item.number}
        paper={paper}
        rows={[
          [COMMON.description, item.description],
          [LOST_ITEM.place, item.place],
          [LOST_ITEM.foundAt, printTime(item.foundAt, ctx)],
          [LOST_ITEM.finder, item.finder],
          [LOST_ITEM.fromStorage, item.fromStorageNumber && <RecordNo>{item.fromStorageNumber}</RecordNo>],
          [
            LOST_ITEM.registered,
            <>
              {printTime(item.registered.at, ctx)} {staffText(item.registered.by, ctx)}
            </>,
          ],
          [LOST_ITEM.status, `${status.zh} ${status.en}`],
        ]}
      />
      <Photo src={item.photo} />
      <Outcome item={item} ctx={ctx} />
      <div className="signs">
        <SignatureLine label={LOST_ITEM.signRegistrar} />
        {item.claimed && <SignatureLine label={LOST_ITEM.signClaimant} />}
      </div>
      <PrintFooter ctx={ctx} />
    </>
  );
}

/** 失物登记单: registration, and the claim or disposal once there is one. */
export function renderLostItemSlip(item: LostItem, ctx: PrintContext, paper: PaperSize = '80mm'): PrintOutput {
  const title = `${LOST_ITEM.slipTitle.zh} ${item.number}`;
  const body = <LostItemSlip item={item} ctx={ctx} paper={paperSpec(paper, ctx.thermalDpi)} />;
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: item.number };
}
