import type { DeskApi } from '../../shared/ipc';
import { createWebStandIn } from './webStandIn';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    readonly desk?: DeskApi;
    /** The browser stand-in, reachable for the end-to-end tests' checks. */
    __deskStandIn?: ReturnType<typeof createWebStandIn>;
  }
}

/** The desktop API when running in Electron, the in-browser stand-in otherwise. */
export function connectDesk(): DeskApi {
  if (window.desk) return window.desk;
  const standIn = createWebStandIn();
  window.__deskStandIn = standIn;
  return standIn;
}

export function isDesktop(): boolean {
  return window.desk !== undefined;
}
