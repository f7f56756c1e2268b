import { PRINT_FONT_FAMILY } from './fontFaces';
import type { PaperSpec } from './paper';

/**
 * The page box. Sheets declare both sizes (a one-value size is a square) and
 * take their top/bottom space as @page margin so every page of a long list
 * keeps it. Rolls declare no size: see PaperSpec.
 */
function pageRule(p: PaperSpec): string {
  return p.heightMm === null
    ? '@page { margin: 0 }'
    : `@page { size: ${p.widthMm}mm ${p.heightMm}mm; margin: ${p.paddingYMm}mm 0 }`;
}

/** Black on white only: thermal heads print any grey as a dither. */
export function printCss(p: PaperSpec): string {
  const bodyPaddingY = p.kind === 'roll' ? p.paddingYMm : 0;
  return `${pageRule(p)}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body {
  width: ${p.widthMm}mm; padding: ${bodyPaddingY}mm ${p.paddingXMm}mm;
  font-family: '${PRINT_FONT_FAMILY}', 'Microsoft YaHei', 'PingFang SC', sans-serif;
  font-size: ${p.fontPt}pt; line-height: 1.35; overflow-wrap: anywhere;
}
svg { display: block; }
.en { font-size: max(7pt, 0.72em); font-weight: 400; }
.zh + .en { margin-left: 0.4em; }
.head { text-align: center; }
.store { font-size: 1.3em; font-weight: 700; line-height: 1.2; }
.desk { font-size: 0.9em; }
.title { font-size: 1.5em; font-weight: 700; line-height: 1.25; margin-top: 0.8mm; }
.title .en { display: block; font-size: max(7pt, 0.5em); margin: 0; }
.copy { display: inline-block; border: 0.4mm solid #000; padding: 0 2mm; margin-top: 1mm; font-weight: 700; }
.reprint { border: 0.7mm solid #000; margin: 1.5mm 0; padding: 0.8mm; text-align: center; font-size: 1.15em; font-weight: 700; }
.codes { margin: 2mm 0 1mm; text-align: center; }
.codes svg { margin: 0 auto; }
.number { font-size: ${p.id === '58mm' ? 1.1 : 1.4}em; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; overflow-wrap: normal; white-space: nowrap; }
/* A record or receipt number, or "name (no)": read as one, so never split at a hyphen or before "(". */
.nobreak { white-space: nowrap; }
/* Fields too wide beside the QR code (a long number kept whole) go below it instead of past the paper's edge. */
.row { display: flex; flex-wrap: wrap; gap: 3mm; align-items: flex-start; margin: 1.5mm 0; }
.row .fields { flex: 1; }
.paper-58mm .row { flex-direction: column; align-items: center; }
.paper-58mm .row .fields { align-self: stretch; }
/* On 58 mm a number kept whole needs the width: it goes under its label. */
.paper-58mm .fields dd:has(> .record-no) { grid-column: 1 / -1; }
.fields { display: grid; grid-template-columns: max-content 1fr; column-gap: 2mm; row-gap: 0.4mm; margin: 0; }
.fields dt { font-weight: 700; }
.fields dt .en { display: block; margin: 0 0 0.3mm; line-height: 1.05; }
.fields dd { margin: 0; }
.big { font-size: 1.9em; font-weight: 700; line-height: 1.15; }
.section { margin-top: 2mm; padding-top: 1mm; border-top: 0.3mm solid #000; }
.section-title { font-weight: 700; break-after: avoid; }
.refused { margin: 0.5mm 0; padding: 0; list-style: none; font-weight: 700; }
.refused li { display: inline; }
.refused li + li::before { content: ' · '; }
.terms { margin: 0.5mm 0 0; padding-left: 1.2em; font-size: 0.9em; line-height: 1.3; }
.terms li { margin-bottom: 0.5mm; }
.terms .en, .note .en { display: block; margin: 0; }
.cut { display: flex; align-items: center; gap: 2mm; margin: 5mm -${p.paddingXMm}mm; font-size: 0.85em; }
.cut::before, .cut::after { content: ''; flex: 1; border-top: 0.4mm dashed #000; }
.signs { margin-top: 3mm; }
.sign-row { display: flex; gap: 8mm; }
.sign-row .sign { flex: 1; }
.sign { display: flex; align-items: flex-end; gap: 2mm; margin-top: 4mm; }
.sign .line { flex: 1; height: 7mm; border-bottom: 0.3mm solid #000; }
.foot { margin-top: 3mm; padding-top: 1mm; border-top: 0.3mm solid #000; font-size: 0.85em; text-align: center; }
.photo { display: block; max-width: 30mm; max-height: 30mm; filter: grayscale(1); }
table { width: 100%; border-collapse: collapse; margin-top: 3mm; font-size: 0.95em; overflow-wrap: break-word; }
th, td { border: 0.25mm solid #000; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { font-weight: 700; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
td.desc { width: 34%; }
th .en { display: block; margin: 0; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.mono { font-variant-numeric: tabular-nums; white-space: nowrap; }
.cols { display: grid; grid-template-columns: 1fr 1fr; column-gap: 5mm; row-gap: 1.5mm; align-items: start; }
.paper-58mm .cols, .paper-80mm .cols { grid-template-columns: 1fr; }
.fill { display: inline-block; min-width: 30mm; height: 1.2em; border-bottom: 0.3mm solid #000; vertical-align: bottom; }
.write-box { border: 0.3mm solid #000; min-height: ${p.kind === 'roll' ? 30 : 25}mm; margin-top: 1mm; }
table.blank { margin-top: 1mm; }
table.blank td { height: 6.5mm; }
.problem { white-space: pre-wrap; }
/* Service voucher: room to write on site; on A5 everything, with the signatures, on one sheet. */
.cols.work { align-items: stretch; margin-top: 2mm; }
.cols.work > div { display: flex; flex-direction: column; }
.cols.work .write-box { flex: 1; }
.voucher .sign { margin-top: 2mm; }
.voucher .sign > span:first-child .en { display: block; margin: 0; line-height: 1.05; }
.voucher .sign-row { gap: 4mm; }
.voucher .signs .sign:nth-child(2) { flex: 0.6; }
.voucher [data-part='on-site'], .voucher .signs { break-inside: avoid; }
.paper-80mm .voucher .sign-row { flex-wrap: wrap; }
.paper-80mm .voucher .sign-row .sign { flex: 1 1 100%; }
.paper-A5 .voucher { font-size: 9pt; }
.paper-A5 .voucher .top { display: flex; align-items: center; gap: 4mm; }
.paper-A5 .voucher .top .head { flex: 1; }
.paper-A5 .voucher .top .codes { margin: 0; }
.paper-A5 .voucher .fields dt .en, .paper-A5 .voucher .note .en { display: inline; margin: 0 0 0 0.4em; }
.paper-A5 .voucher .note { margin: 1.5mm 0 0; }
.paper-A5 .voucher .section { margin-top: 1.5mm; }
.paper-A5 .voucher .signs, .paper-A5 .voucher .foot { margin-top: 2mm; }
.paper-A5 .voucher table.blank td { height: 5.5mm; }
`;
}
