import type { ReactNode } from 'react';
import type { LockerDoor } from '../../shared/domain/storage/lockers';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { maskPhone, printTime } from './format';
import { COMMON, LOCKER_OPENING, LOCKER_SIZES } from './labels';
import { paperSpec, type PaperSpec } from './paper';
import { approverText, PrintFooter, PrintHeader, RecordCodes, SignatureLine, staffText } from './parts';

/** One assisted opening as the door's projection keeps it (LockerDoor.lastOpening). */
export type LockerOpening = NonNullable<LockerDoor['lastOpening']>;

interface SlipProps {
  readonly door: LockerDoor;
  readonly opening: LockerOpening;
  readonly ctx: PrintContext;
  readonly paper: PaperSpec;
}

function LockerOpeningSlip({ door, opening, ctx, paper }: SlipProps): ReactNode {
  const size = LOCKER_SIZES[door.size];
  return (
    <>
      <PrintHeader ctx={ctx} title={LOCKER_OPENING.slipTitle} />
      <RecordCodes
        number={opening.number}
        paper={paper}
        rows={[
          [LOCKER_OPENING.door, <span className="big">{door.id}</span>],
          [LOCKER_OPENING.size, `${size.zh} ${size.en}`],
          [LOCKER_OPENING.openedAt, printTime(opening.at, ctx)],
          [LOCKER_OPENING.reason, opening.reason],
          [LOCKER_OPENING.contents, opening.identity.contents],
          [COMMON.phone, maskPhone(opening.identity.phone)],
          [LOCKER_OPENING.idNote, opening.identity.note],
          [
            COMMON.staff,
            <>
              {staffText(opening.by, ctx)} · {opening.counter}
            </>,
          ],
          [COMMON.approvedBy, approverText(opening.approvedBy, opening.at, ctx)],
        ]}
      />
      <div className="section note">
        {LOCKER_OPENING.confirm.zh}
        <span className="en">{LOCKER_OPENING.confirm.en}</span>
      </div>
      <div className="signs">
        <SignatureLine label={LOCKER_OPENING.signCustomer} />
        <SignatureLine label={LOCKER_OPENING.signClerk} />
        <SignatureLine label={LOCKER_OPENING.signSupervisor} />
      </div>
      <PrintFooter ctx={ctx} />
    </>
  );
}

/** 协助开柜记录, signed by the customer and the approving supervisor. Defaults to the door's last opening. */
export function renderLockerOpeningSlip(
  door: LockerDoor,
  ctx: PrintContext,
  paper: PaperSize = '80mm',
  opening: LockerOpening | undefined = door.lastOpening,
): PrintOutput {
  if (!opening) throw new Error(`Locker door ${door.id} has no assisted opening to print`);
  const title = `${LOCKER_OPENING.slipTitle.zh} ${opening.number}`;
  const body = <LockerOpeningSlip door={door} opening={opening} ctx={ctx} paper={paperSpec(paper, ctx.thermalDpi)} />;
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: opening.number };
}
