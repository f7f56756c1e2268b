import { CHANNEL_NAMES, type DeskApi } from '../../shared/ipc';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import type { SyncService } from '../../electron/main/sync/service';
import { stubServices } from '../main/support/deskServices';

const DESK = 'app://desk/index.html';

/**
 * A page's `desk` API bridged to the main process's handlers running here
 * under Node, with a real SyncService: every call passes the same gate
 * (sender, schema) as over Electron's IPC.
 */
export function bridgedDeskApi(service: SyncService): DeskApi {
  const handlers = createHandlers({ ...stubServices(), sync: { service } });
  return Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, (request: unknown) => dispatch(channel, DESK, request, handlers)])) as unknown as DeskApi;
}
