/// <reference types="vite/client" />
// The print HTML is loaded from a temp file or a data URL, so it can use
// neither the app's stylesheet nor relative URLs. This module builds the same
// @font-face rules as @fontsource/noto-sans-sc's 400.css and 700.css (one
// rule per unicode-range slice), pointing at the same woff2 files by absolute
// URL. Vite copies the files into the build through the glob below.
//
// The slice table comes from the package's unicode.json rather than its CSS:
// Vitest turns every CSS import (even ?raw) into an empty string.
import unicodeSlices from '@fontsource/noto-sans-sc/unicode.json';

export const PRINT_FONT_FAMILY = 'Noto Sans SC';
export const PRINT_FONT_WEIGHTS = [400, 700] as const;

// import.meta.glob takes no package names, hence the path into node_modules.
// The unsliced chinese-simplified file (1.1 MB) is not used by the sliced rules.
const FILE_URLS = import.meta.glob<string>(
  [
    '../../node_modules/@fontsource/noto-sans-sc/files/*-400-normal.woff2',
    '../../node_modules/@fontsource/noto-sans-sc/files/*-700-normal.woff2',
    '!**/*-chinese-simplified-*',
  ],
  { query: '?no-inline', import: 'default', eager: true },
);

type CodePointRange = readonly [first: number, last: number];

export interface PrintFontFace {
  readonly weight: number;
  readonly fileName: string;
  /** As Vite gives it: absolute in a build with base './', root-relative in dev and Vitest. */
  readonly assetUrl: string;
  readonly unicodeRange: string;
  readonly ranges: readonly CodePointRange[];
}

const urlByFileName = new Map(
  Object.entries(FILE_URLS).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url] as const),
);

/** Sorted, merged ranges, so that coverage is a binary search. */
function parseUnicodeRange(text: string): CodePointRange[] {
  const ranges = text
    .split(',')
    .map((part): [number, number] => {
      const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
      // A "4??" wildcard covers 400-4ff.
      const first = parseInt(from.replace(/\?/g, '0'), 16);
      const last = to === undefined ? parseInt(from.replace(/\?/g, 'f'), 16) : parseInt(to, 16);
      return [first, last];
    })
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const prev = merged.at(-1);
    if (prev && range[0] <= prev[1] + 1) prev[1] = Math.max(prev[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

function buildFaces(): PrintFontFace[] {
  return PRINT_FONT_WEIGHTS.flatMap((weight) =>
    Object.entries(unicodeSlices).map(([slice, unicodeRange]: [string, string]) => {
      // "[12]" -> noto-sans-sc-12-400-normal.woff2, "latin" -> noto-sans-sc-latin-400-normal.woff2
      const fileName = `noto-sans-sc-${slice.replace(/[[\]]/g, '')}-${weight}-normal.woff2`;
      const assetUrl = urlByFileName.get(fileName);
      // Fail the tests and the first print loudly rather than print tofu.
      if (!assetUrl) throw new Error(`Print font file missing from the bundle: ${fileName}`);
      return { weight, fileName, assetUrl, unicodeRange, ranges: parseUnicodeRange(unicodeRange) };
    }),
  );
}

export const PRINT_FONT_FACES: readonly PrintFontFace[] = buildFaces();

function covers(face: PrintFontFace, codePoint: number): boolean {
  const { ranges } = face;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = ranges[mid] ?? [0, -1];
    if (codePoint < first) hi = mid - 1;
    else if (codePoint > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The absolute URL a face's file is fetched from. */
export function fontFileUrl(face: PrintFontFace, fontBaseUrl: string): string {
  return new URL(face.assetUrl, fontBaseUrl).href;
}

function fontFaceRule(face: PrintFontFace, fontBaseUrl: string): string {
  return (
    `@font-face{font-family:'${PRINT_FONT_FAMILY}';font-style:normal;font-weight:${face.weight};` +
    // swap: should a file ever fail, the fallback font shows rather than blank space.
    `font-display:swap;src:url(${JSON.stringify(fontFileUrl(face, fontBaseUrl))}) format('woff2');` +
    `unicode-range:${face.unicodeRange}}`
  );
}

/**
 * @font-face rules for the characters in `text` only: the font is cut into
 * ~100 files per weight and a ticket needs about a dozen, so the print HTML
 * stays small (it crosses IPC and waits in the print queue).
 */
export function fontFaceCss(text: string, fontBaseUrl: string): string {
  if (!URL.canParse(fontBaseUrl)) throw new TypeError(`fontBaseUrl must be an absolute URL: ${fontBaseUrl}`);
  const seen = new Set<number>();
  for (const ch of text) seen.add(ch.codePointAt(0) ?? 0);
  const codePoints = [...seen];
  // Slices overlap a little (latin and the numbered ones): keep every face that covers a character.
  return PRINT_FONT_FACES.filter((face) => codePoints.some((cp) => covers(face, cp)))
    .map((face) => fontFaceRule(face, fontBaseUrl))
    .join('\n');
}

/**
 * Every face, for the screens: woff2 files served by the app itself (the
 * browser fetches only the slices a page uses). Not the package's own CSS,
 * which adds woff copies and lets the build inline small slices as data:
 * URLs that the CSP's font-src 'self' refuses.
 */
export function screenFontFaceCss(fontBaseUrl: string): string {
  return PRINT_FONT_FACES.map((face) => fontFaceRule(face, fontBaseUrl)).join('\n');
}
