import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY_META } from './shared/csp';

/** The built index.html carries the renderer's CSP; not the dev server, which needs inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'servicedesk-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' }],
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
