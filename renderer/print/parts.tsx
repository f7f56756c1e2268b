import { Fragment, type ReactNode } from 'react';
import { code128Svg, qrSvg } from './barcode';
import { openWindowOf } from '../../shared/domain/acting/rules';
import type { PrintContext } from './context';
import { printTime, staffLabel } from './format';
import { COMMON, type Label } from './labels';
import { contentWidthMm, type PaperSpec } from './paper';

/** Chinese first, the English line smaller beside or below it. */
export function Bi({ label }: { readonly label: Label }): ReactNode {
  return (
    <>
      <span className="zh">{label.zh}</span>
      <span className="en">{label.en}</span>
    </>
  );
}

export function ReprintMark({ printCount }: { readonly printCount: number }): ReactNode {
  if (printCount <= 1) return null;
  return (
    <div className="reprint">
      {COMMON.reprint.zh} {COMMON.reprint.en} · 第{printCount}次打印
    </div>
  );
}

export function PrintHeader(props: {
  readonly ctx: PrintContext;
  readonly title: Label;
  /** Which part of a multi-part printout this is (顾客联 / 物品联). */
  readonly part?: Label | undefined;
}): ReactNode {
  const { ctx, title, part } = props;
  return (
    <header className="head">
      <div className="store">{ctx.storeName}</div>
      <div className="desk">
        {COMMON.serviceDesk.zh} · {COMMON.serviceDesk.en}
      </div>
      <div className="title">
        <Bi label={title} />
      </div>
      {part && (
        <div className="copy">
          <Bi label={part} />
        </div>
      )}
      <ReprintMark printCount={ctx.printCount} />
    </header>
  );
}

function Svg({ svg, className }: { readonly svg: string; readonly className: string }): ReactNode {
  // bwip-js output from a validated record number: no user markup inside.
  return <div className={className} dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** The record number as Code 128 with the plain number below, to type when the bars are damaged. */
export function RecordBarcode({ number, paper }: { readonly number: string; readonly paper: PaperSpec }): ReactNode {
  const barcode = code128Svg(number, {
    moduleMm: paper.barcodeModuleMm,
    maxWidthMm: contentWidthMm(paper),
    maxWidthWithQuietMm: paper.widthMm,
    heightMm: paper.barcodeHeightMm,
    dotMm: paper.dotMm,
  });
  return (
    <div className="codes">
      <Svg className="barcode" svg={barcode.svg} />
      <div className="number">{number}</div>
    </div>
  );
}

export function RecordQr({ number, paper }: { readonly number: string; readonly paper: PaperSpec }): ReactNode {
  return <Svg className="qr" svg={qrSvg(number, paper.qrSizeMm).svg} />;
}

export type FieldRow = readonly [label: Label, value: ReactNode];

/** Label / value pairs; rows without a value are left out. */
export function Fields({ rows }: { readonly rows: readonly FieldRow[] }): ReactNode {
  return (
    <dl className="fields">
      {rows
        .filter(([, value]) => value !== undefined && value !== null && value !== '')
        .map(([label, value]) => (
          <Fragment key={label.zh}>
            <dt>
              <Bi label={label} />
            </dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}

/** Barcode and number across the width, then the QR code beside the record's fields. */
export function RecordCodes(props: {
  readonly number: string;
  readonly paper: PaperSpec;
  readonly rows: readonly FieldRow[];
}): ReactNode {
  return (
    <>
      <RecordBarcode number={props.number} paper={props.paper} />
      <div className="row">
        <RecordQr number={props.number} paper={props.paper} />
        <Fields rows={props.rows} />
      </div>
    </>
  );
}

/** A table's head of bilingual column labels. */
export function BiHead({ columns }: { readonly columns: readonly Label[] }): ReactNode {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c.zh}>
            <Bi label={c} />
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Printed on one line (see .nobreak), e.g. "name (no)" or a phone number. */
export function NoBreak({ children }: { readonly children: ReactNode }): ReactNode {
  return <span className="nobreak">{children}</span>;
}

/** A record or receipt number in a field: one line, and on a narrow roll the field's whole width (see .record-no). */
export function RecordNo({ children }: { readonly children: ReactNode }): ReactNode {
  return <span className="nobreak record-no">{children}</span>;
}

export function PrintFooter({ ctx }: { readonly ctx: PrintContext }): ReactNode {
  return (
    <footer className="foot">
      {COMMON.printedAt.zh} {printTime(ctx.printedAt, ctx)} · {COMMON.counter.zh} {ctx.counter} ·{' '}
      <NoBreak>
        {COMMON.staff.zh} {ctx.staffName} ({ctx.staffNo})
      </NoBreak>
    </footer>
  );
}

export function SignatureLine({ label }: { readonly label: Label }): ReactNode {
  return (
    <div className="sign">
      <span>
        <Bi label={label} />
      </span>
      <span className="line" />
    </div>
  );
}

/** The end of an A4 list or report: a signature line for each who signs it, side by side, then the footer. */
export function SignOff({ labels, ctx }: { readonly labels: readonly Label[]; readonly ctx: PrintContext }): ReactNode {
  return (
    <>
      <div className="signs sign-row">
        {labels.map((label) => (
          <SignatureLine key={label.zh} label={label} />
        ))}
      </div>
      <PrintFooter ctx={ctx} />
    </>
  );
}

/** A titled part of an A4 report (both languages in the title). */
export function PrintSection({ title, children }: { readonly title: Label; readonly children: ReactNode }): ReactNode {
  return (
    <div className="section">
      <div className="section-title">
        <Bi label={title} />
      </div>
      {children}
    </div>
  );
}

/** Where the clerk tears the roll between two parts of one printout. */
export function CutLine(): ReactNode {
  return (
    <div className="cut" role="separator">
      <span>
        {COMMON.cut.zh} {COMMON.cut.en}
      </span>
    </div>
  );
}

/** 代 / acting for: between an acting assistant and the supervisor they stood in for. */
const ACTING_FOR: Label = { zh: '代', en: 'acting for' };

/**
 * The one who approved at `at`: "王五 (2003) 代 张三 (2001)" when they
 * approved as acting supervisor in an open window (the same window the
 * write path read when it kept the approval's entry).
 */
export function approverText(staffNo: string | undefined, at: number, ctx: PrintContext): ReactNode {
  if (staffNo === undefined) return undefined;
  const acting = openWindowOf(ctx.actingWindows ?? [], staffNo, at);
  if (!acting) return staffText(staffNo, ctx);
  return (
    <>
      <NoBreak>{staffLabel(staffNo, ctx)}</NoBreak> <Bi label={ACTING_FOR} /> <NoBreak>{staffLabel(acting.actingFor, ctx)}</NoBreak>
    </>
  );
}

/** "张三 (1024)" on one line; nothing for no one. */
export function staffText(staffNo: string | undefined, ctx: PrintContext): ReactNode {
  return staffNo === undefined ? undefined : <NoBreak>{staffLabel(staffNo, ctx)}</NoBreak>;
}
