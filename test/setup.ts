// Tests that need the DOM opt in with `// @vitest-environment jsdom` and
// import 'fake-indexeddb/auto' themselves; nothing global is faked here.
export {};
