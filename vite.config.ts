import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built to static files that Electron serves from its own
// app:// protocol; relative asset paths keep the same build usable in a browser.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
  },
  server: { host: '127.0.0.1' },
});
