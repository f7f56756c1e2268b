/** Serves a folder on a loopback port; `isolated` adds the headers for cross-origin isolation (precise timers). */
export function serveStatic(root: string, options?: { readonly isolated?: boolean }): Promise<{ readonly url: string; close(): Promise<void> }>;
