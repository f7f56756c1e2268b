import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built renderer carries a strict Content Security Policy (Electron's
 * protocol handler sends the same as a header). Only the production build:
 * the dev server needs inline scripts for hot reload. Inline styles stay
 * allowed because printouts are self-contained HTML previewed in a frame.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'self' about:; worker-src 'self'";

function contentSecurityPolicy(): Plugin {
  return {
    name: 'servicedesk-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

// The renderer is built to static files that Electron serves from its own
// app:// protocol; relative asset paths keep the same build usable in a browser.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
  },
  server: { host: '127.0.0.1' },
});
