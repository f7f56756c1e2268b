import { CHANNEL_NAMES, type Channel } from '../../../shared/ipc';
import { dispatch, type HandlerTable, type IpcLog } from './dispatch';

/**
 * The part of Electron's ipcMain and its invoke event this module uses,
 * so registration is tested with a fake under Node.
 */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/** The sender frame's URL; the frame can already be gone (navigated, closed). */
function senderUrlOf(event: InvokeEventLike): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    return null;
  }
}

/** Registers exactly the channels of shared/ipc.ts, each behind the dispatch gate. */
export function registerHandlers(ipcMain: IpcMainLike, handlers: HandlerTable, log?: IpcLog): readonly Channel[] {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, request) => dispatch(channel, senderUrlOf(event), request, handlers, log));
  }
  return CHANNEL_NAMES;
}
