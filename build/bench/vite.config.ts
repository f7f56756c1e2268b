import { defineConfig } from 'vite';

// The benchmark page: the app's own data code, built for Chromium like the renderer.
export default defineConfig({
  root: 'build/bench',
  base: './',
  build: { outDir: '../../out/bench', emptyOutDir: true, target: 'chrome120' },
  logLevel: 'warn',
});
