// IndexedDB for every test (Dexie reads it when first imported, so it must
// exist before any module under test loads). Tests that need the DOM opt in
// with `// @vitest-environment jsdom`.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot unmount by itself.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
