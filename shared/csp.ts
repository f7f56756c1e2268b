/**
 * The renderer's Content Security Policy, in one place: Electron's app://
 * protocol sends it as a header, and the built index.html carries it as a
 * meta tag for the browser version. Inline styles are allowed because
 * printouts are self-contained HTML previewed in a frame.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** A meta tag cannot carry frame-ancestors (browsers ignore it there with a warning). */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
