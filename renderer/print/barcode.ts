// Barcodes are drawn as inline SVG with sizes in mm, so the printout needs no
// image files and prints sharp at any printer resolution. The generic bwip-js
// entry exports one function per symbology: the build keeps only these two.
import { code128, drawingSVG, qrcode } from 'bwip-js/generic';

export interface SvgSymbol {
  readonly svg: string;
  readonly widthMm: number;
  readonly heightMm: number;
}

export interface Code128Size {
  /** Preferred module (narrowest bar) width. */
  readonly moduleMm: number;
  /** The widest the bars may be: the printable width. */
  readonly maxWidthMm: number;
  /** The widest bars plus quiet zones may be: the quiet zones may lie in the paper's unprinted edge. */
  readonly maxWidthWithQuietMm: number;
  readonly heightMm: number;
  /** Printer dot: the module is a whole number of dots so all bars print alike. */
  readonly dotMm: number;
}

/** Code 128 needs a clear space of 10 modules on each side to scan. */
export const CODE128_QUIET_MODULES = 10;

const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

function mm(n: number): string {
  return `${Number(n.toFixed(3))}mm`;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function viewBoxSize(svg: string): { readonly width: number; readonly height: number } {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error('bwip-js returned an SVG without a viewBox');
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** Gives the bare bwip-js SVG its printed size and a label for screen readers. */
function sized(svg: string, symbology: string, text: string, widthMm: number, heightMm: number, stretch: boolean): string {
  const attrs = [
    `width="${mm(widthMm)}"`,
    `height="${mm(heightMm)}"`,
    `data-symbology="${symbology}"`,
    'role="img"',
    `aria-label="${escapeAttr(text)}"`,
    // Bars are vertical: stretching them to the wanted height loses nothing.
    ...(stretch ? ['preserveAspectRatio="none"'] : []),
  ];
  return svg.trim().replace(/^<svg /, `<svg ${attrs.join(' ')} `);
}

/**
 * Code 128 at a module width of whole printer dots: the preferred width when
 * it fits, else the widest that fits (on 58 mm rolls a 21-character record
 * number gets 1-dot modules; the QR code and the plain digits back it up).
 */
export function code128Svg(text: string, size: Code128Size): SvgSymbol {
  if (!PRINTABLE_ASCII.test(text)) throw new RangeError(`Code 128 takes printable ASCII only: ${text}`);
  const raw = code128({ bcid: 'code128', text, scale: 1, height: 10 }, drawingSVG());
  // At scale 1 one viewBox unit is one module.
  const modules = viewBoxSize(raw).width;
  const fitDots = Math.min(
    Math.floor(size.maxWidthMm / (modules * size.dotMm)),
    Math.floor(size.maxWidthWithQuietMm / ((modules + 2 * CODE128_QUIET_MODULES) * size.dotMm)),
  );
  const dots = Math.max(1, Math.min(Math.round(size.moduleMm / size.dotMm), fitDots));
  const moduleMm = dots * size.dotMm;
  const widthMm = modules * moduleMm;
  return { svg: sized(raw, 'code128', text, widthMm, size.heightMm, true), widthMm, heightMm: size.heightMm };
}

/** QR code, square of `sizeMm`; BWIPP's default error correction M survives a crease or a smudge. */
export function qrSvg(text: string, sizeMm: number): SvgSymbol {
  const raw = qrcode({ bcid: 'qrcode', text, scale: 1 }, drawingSVG());
  return { svg: sized(raw, 'qrcode', text, sizeMm, sizeMm, false), widthMm: sizeMm, heightMm: sizeMm };
}
