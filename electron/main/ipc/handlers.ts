import { appChannels, type AppChannelDeps } from './app';
import type { HandlerTable } from './dispatch';
import { printChannels, type PrintChannelDeps } from './print';

export interface DeskServices {
  readonly app: AppChannelDeps;
  readonly print: PrintChannelDeps;
}

/**
 * The handler of every channel. Written out as one object literal typed as
 * HandlerTable, so TypeScript refuses a missing channel, an extra one, or a
 * handler whose request or response type does not match shared/ipc.ts.
 */
export function createHandlers(services: DeskServices): HandlerTable {
  const app = appChannels(services.app);
  const print = printChannels(services.print);
  return {
    'app:info': app.info,
    'print:listPrinters': print.listPrinters,
    'print:submit': print.submit,
    'print:queue': print.list,
    'print:retry': print.retry,
    'print:getSettings': print.getSettings,
    'print:setSettings': print.setSettings,
  };
}
