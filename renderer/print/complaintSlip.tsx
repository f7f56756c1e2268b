import type { ReactNode } from 'react';
import type { Complaint } from '../../shared/domain/complaints/state';
import type { PaperSize } from '../../shared/schema/print';
import { CATEGORY_LABELS, CHANNEL_LABELS, COMPLAINT_SLIP, SEVERITY_LABELS } from './complaintLabels';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { maskPhone, printTime } from './format';
import { COMMON, type Label } from './labels';
import { paperSpec, type PaperSpec } from './paper';
import { Bi, Fields, NoBreak, PrintFooter, PrintHeader, RecordCodes } from './parts';

export interface ComplaintSlipInput {
  readonly complaint: Complaint;
  /** When the customer is promised a reply (the earliest limit that answers them). */
  readonly promisedReplyAt?: number | undefined;
}

interface SlipProps extends ComplaintSlipInput {
  readonly ctx: PrintContext;
  readonly paper: PaperSpec;
}

/** A roll has room for the gist; the full text stays in the record. */
function shortText(text: string, paper: PaperSpec): string {
  const max = paper.kind === 'roll' ? (paper.id === '58mm' ? 50 : 80) : 300;
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

const both = (l: Label) => `${l.zh} ${l.en}`;

function complainantText(c: Complaint): string | undefined {
  const phone = c.complainant.contact.phone;
  const parts = [c.complainant.name, phone ? maskPhone(phone) : undefined].filter((p) => p !== undefined);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function ReplyPromise({ complaint, promisedReplyAt, ctx }: Pick<SlipProps, 'complaint' | 'promisedReplyAt' | 'ctx'>): ReactNode {
  if (!complaint.replyWanted) {
    return (
      <p className="section">
        <Bi label={COMPLAINT_SLIP.noReply} />
      </p>
    );
  }
  if (promisedReplyAt === undefined) return null;
  return (
    <div className="section" data-part="promise">
      <div className="section-title">
        <Bi label={COMPLAINT_SLIP.promised} />
      </div>
      <div className="big">{printTime(promisedReplyAt, ctx)}</div>
      <p className="note">
        <Bi label={COMPLAINT_SLIP.promisedNote} />
      </p>
    </div>
  );
}

function ComplaintSlip({ complaint, promisedReplyAt, ctx, paper }: SlipProps): ReactNode {
  return (
    <>
      <PrintHeader ctx={ctx} title={COMPLAINT_SLIP.title} />
      <RecordCodes
        number={complaint.number}
        paper={paper}
        rows={[
          [COMPLAINT_SLIP.received, printTime(complaint.receivedAt, ctx)],
          [COMPLAINT_SLIP.channel, both(CHANNEL_LABELS[complaint.channel])],
          [COMPLAINT_SLIP.category, both(CATEGORY_LABELS[complaint.category])],
          [COMPLAINT_SLIP.severity, both(SEVERITY_LABELS[complaint.severity])],
        ]}
      />
      <div className="section">
        <Fields
          rows={[
            [COMPLAINT_SLIP.complainant, complainantText(complaint)],
            [COMPLAINT_SLIP.description, shortText(complaint.description, paper)],
            [COMPLAINT_SLIP.request, shortText(complaint.request, paper)],
          ]}
        />
      </div>
      <ReplyPromise complaint={complaint} promisedReplyAt={promisedReplyAt} ctx={ctx} />
      <p className="note section">
        <Bi label={COMPLAINT_SLIP.contact} />
      </p>
      <div>
        {ctx.storeName} {COMMON.serviceDesk.zh} · {COMMON.counter.zh} {ctx.counter}
      </div>
      <Fields rows={[[COMPLAINT_SLIP.deskPhone, ctx.deskPhone && <strong><NoBreak>{ctx.deskPhone}</NoBreak></strong>]]} />
      <p className="note">
        <Bi label={COMPLAINT_SLIP.thanks} />
      </p>
      <PrintFooter ctx={ctx} />
    </>
  );
}

/**
 * 投诉受理回执: the number the customer quotes (as QR, bars and plain text),
 * when and how the complaint came in, its gist, and when the customer will
 * have an answer. The phone is masked; a reprint says 补打.
 */
export function renderComplaintSlip(input: ComplaintSlipInput, ctx: PrintContext, paper: PaperSize = '80mm'): PrintOutput {
  const { complaint } = input;
  const title = `${COMPLAINT_SLIP.title.zh} ${complaint.number}`;
  const body = <ComplaintSlip complaint={complaint} promisedReplyAt={input.promisedReplyAt} ctx={ctx} paper={paperSpec(paper, ctx.thermalDpi)} />;
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: complaint.number };
}
