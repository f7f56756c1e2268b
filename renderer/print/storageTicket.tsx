import { Fragment, type ReactNode } from 'react';
import type { PaperSize } from '../../shared/schema/print';
import { DEFAULT_STORAGE_POLICY, REFUSED_ITEM_KINDS } from '../../shared/domain/storage/rules';
import type { StorageItem } from '../../shared/domain/storage/types';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { maskPhone, printTime } from './format';
import { COMMON, REFUSED_ITEMS, STORAGE, STORAGE_SOURCES, storageTerms } from './labels';
import { paperSpec, type PaperSpec } from './paper';
import { Bi, CutLine, PrintFooter, PrintHeader, RecordCodes, type FieldRow } from './parts';

interface TicketProps {
  readonly item: StorageItem;
  readonly ctx: PrintContext;
  readonly paper: PaperSpec;
}

function customerRows(item: StorageItem): FieldRow[] {
  return [
    [COMMON.customer, item.customerName],
    // Masked on both parts: the tag hangs on the shelf, the stub leaves the store.
    [COMMON.phone, item.phone ? maskPhone(item.phone) : undefined],
  ];
}

function sourceText(item: StorageItem): string | undefined {
  if (item.source !== 'locker') return undefined;
  return `${STORAGE_SOURCES.locker.zh} ${item.lockerDoorId ?? ''}`.trim();
}

function CustomerStub({ item, ctx, paper, overdueDays }: TicketProps & { readonly overdueDays: number }): ReactNode {
  return (
    <section className="part" data-part="customer">
      <PrintHeader ctx={ctx} title={STORAGE.ticketTitle} part={STORAGE.customerCopy} />
      <RecordCodes
        number={item.number}
        paper={paper}
        rows={[
          [COMMON.description, item.description],
          [COMMON.count, item.count],
          [STORAGE.slot, item.slot],
          [STORAGE.depositedAt, printTime(item.deposited.at, ctx)],
          ...customerRows(item),
        ]}
      />
      <div className="section">
        <div className="section-title">
          <Bi label={STORAGE.refusedTitle} />
        </div>
        <ul className="refused">
          {REFUSED_ITEM_KINDS.map((kind) => (
            <li key={kind}>{REFUSED_ITEMS[kind].zh}</li>
          ))}
        </ul>
        <div className="en">{REFUSED_ITEM_KINDS.map((kind) => REFUSED_ITEMS[kind].en).join(', ')}</div>
      </div>
      <div className="section">
        <div className="section-title">
          <Bi label={STORAGE.termsTitle} />
        </div>
        <ol className="terms">
          {storageTerms(overdueDays).map((term) => (
            <li key={term.zh}>
              {term.zh}
              <span className="en">{term.en}</span>
            </li>
          ))}
        </ol>
      </div>
      <PrintFooter ctx={ctx} />
    </section>
  );
}

/** The tag for one piece (`piece` of item.count): each piece on the shelf carries its own. */
function ItemTag({ item, ctx, paper, piece }: TicketProps & { readonly piece: number }): ReactNode {
  return (
    <section className="part" data-part="item" data-piece={piece}>
      <PrintHeader ctx={ctx} title={STORAGE.ticketTitle} part={STORAGE.itemTag} />
      <RecordCodes
        number={item.number}
        paper={paper}
        rows={[
          // What the clerk looks for on the shelf, in large type.
          [STORAGE.slot, <span className="big">{item.slot}</span>],
          [STORAGE.piece, <span className="big nobreak">{`${piece}/${item.count}`}</span>],
          [COMMON.count, item.count],
          [COMMON.description, item.description],
          [STORAGE.depositedAt, printTime(item.deposited.at, ctx)],
          [STORAGE.source, sourceText(item)],
          ...customerRows(item),
        ]}
      />
      <div className="note">
        <Bi label={STORAGE.keepTag} />
      </div>
      <PrintFooter ctx={ctx} />
    </section>
  );
}

/**
 * The bulky-item claim ticket: customer stub, then one item tag per piece
 * ("1/3", "2/3", "3/3"), one after the other on the same roll page with a
 * cut line between them. One page, so a driver set to cut per page does not
 * cut the stub off before the clerk has checked every part.
 */
export function renderStorageTicket(
  item: StorageItem,
  ctx: PrintContext,
  paper: PaperSize = '80mm',
  overdueDays: number = DEFAULT_STORAGE_POLICY.overdueDays,
): PrintOutput {
  const spec = paperSpec(paper, ctx.thermalDpi);
  const title = `${STORAGE.ticketTitle.zh} ${item.number}`;
  const body = (
    <>
      <CustomerStub item={item} ctx={ctx} paper={spec} overdueDays={overdueDays} />
      {Array.from({ length: item.count }, (_, i) => (
        <Fragment key={i}>
          <CutLine />
          <ItemTag item={item} ctx={ctx} paper={spec} piece={i + 1} />
        </Fragment>
      ))}
    </>
  );
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: item.number };
}
