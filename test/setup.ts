// IndexedDB for every test (Dexie reads it when first imported, so it must
// exist before any module under test loads). Tests that need the DOM opt in
// with `// @vitest-environment jsdom`.
import 'fake-indexeddb/auto';
import { afterEach, beforeAll } from 'vitest';

beforeAll(async () => {
  if (typeof document === 'undefined') return;
  // PIN hashing and IndexedDB are slow on a loaded 2-core machine (seen: 7 s for one screen under a load of 14): wait up to 10 s for the screen to settle.
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 10_000 });
});

// Vitest runs without globals, so Testing Library cannot unmount by itself.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  // Each test is a fresh browser profile: the stand-in's set-up marker of one test's first run must not make the next one's empty database look lost.
  localStorage.clear();
});
