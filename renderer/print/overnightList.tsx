import type { ReactNode } from 'react';
import { daysHeld, DEFAULT_STORAGE_POLICY, overdueItems, overnightList } from '../../shared/domain/storage/rules';
import type { StorageItem } from '../../shared/domain/storage/types';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { maskPhone, printTime } from './format';
import { COMMON, OVERNIGHT, STORAGE, STORAGE_SOURCES, type Label } from './labels';
import { Bi, BiHead, Fields, PrintHeader, SignOff, staffText } from './parts';

interface ListProps {
  readonly items: readonly StorageItem[];
  readonly ctx: PrintContext;
  readonly overdueDays: number;
}

const COLUMNS: readonly Label[] = [
  OVERNIGHT.index,
  COMMON.number,
  COMMON.description,
  COMMON.count,
  STORAGE.slot,
  STORAGE.source,
  COMMON.customer,
  STORAGE.depositedAt,
  OVERNIGHT.daysHeld,
];


function Row({ item, index, ctx, overdue }: { readonly item: StorageItem; readonly index: number; readonly ctx: PrintContext; readonly overdue: boolean }): ReactNode {
  const source = STORAGE_SOURCES[item.source];
  return (
    <tr data-number={item.number}>
      <td className="num">{index + 1}</td>
      <td className="mono">{item.number}</td>
      <td className="desc">{item.description}</td>
      <td className="num">{item.count}</td>
      <td className="nowrap">{item.slot}</td>
      <td className="nowrap">
        {source.zh}
        {item.lockerDoorId && <div>{item.lockerDoorId}</div>}
      </td>
      <td className="nowrap">
        {item.customerName}
        {item.phone && <div>{maskPhone(item.phone)}</div>}
      </td>
      <td className="mono">
        {printTime(item.deposited.at, ctx)}
        <br />
        {staffText(item.deposited.by, ctx)} · {item.deposited.counter}
      </td>
      <td className="num">
        {daysHeld(item, ctx.printedAt, ctx.timeZone)}
        {overdue && <strong> {OVERNIGHT.overdue.zh}</strong>}
      </td>
    </tr>
  );
}

function OvernightList({ items, ctx, overdueDays }: ListProps): ReactNode {
  const held = overnightList(items);
  const policy = { ...DEFAULT_STORAGE_POLICY, overdueDays, timeZone: ctx.timeZone };
  const overdue = new Set(overdueItems(held, ctx.printedAt, policy).map((i) => i.id));
  const pieces = held.reduce((sum, i) => sum + i.count, 0);
  return (
    <>
      <PrintHeader ctx={ctx} title={OVERNIGHT.listTitle} />
      <Fields
        rows={[
          [COMMON.date, printTime(ctx.printedAt, ctx, 'yyyy-MM-dd')],
          [OVERNIGHT.totals, `${held.length} ${OVERNIGHT.items.zh} / ${pieces} ${OVERNIGHT.pieces.zh}`],
          [OVERNIGHT.overdue, overdue.size > 0 ? `${overdue.size} ${OVERNIGHT.items.zh}（> ${overdueDays} 天）` : '0'],
        ]}
      />
      {held.length === 0 ? (
        <p className="section">
          <Bi label={OVERNIGHT.empty} />
        </p>
      ) : (
        <table>
          <BiHead columns={COLUMNS} />
          <tbody>
            {held.map((item, index) => (
              <Row key={item.id} item={item} index={index} ctx={ctx} overdue={overdue.has(item.id)} />
            ))}
          </tbody>
        </table>
      )}
      {overdue.size > 0 && (
        <p className="note">
          <Bi label={OVERNIGHT.overdueNote} />
        </p>
      )}
      <SignOff labels={[OVERNIGHT.signHandedOver, OVERNIGHT.signTakenOver, OVERNIGHT.signSupervisor]} ctx={ctx} />
    </>
  );
}

/** The list's name in the print archive: one per store day. */
export function overnightListNumber(ctx: PrintContext): string {
  return `OVERNIGHT-${printTime(ctx.printedAt, ctx, 'yyMMdd')}`;
}

/**
 * 过夜寄存清单 at closing: everything still held, oldest first, with days
 * held and the overdue ones marked (both by the shared storage rules).
 */
export function renderOvernightList(
  items: readonly StorageItem[],
  ctx: PrintContext,
  paper: PaperSize = 'A4',
  overdueDays: number = DEFAULT_STORAGE_POLICY.overdueDays,
): PrintOutput {
  const title = `${OVERNIGHT.listTitle.zh} ${printTime(ctx.printedAt, ctx, 'yyyy-MM-dd')}`;
  const body = <OvernightList items={items} ctx={ctx} overdueDays={overdueDays} />;
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: overnightListNumber(ctx) };
}
