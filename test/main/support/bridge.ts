import { CHANNEL_NAMES, type DeskApi } from '../../../shared/ipc';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers, type DeskServices } from '../../../electron/main/ipc/handlers';

const DESK = 'app://desk/index.html';

/**
 * A page's `desk` API bridged to the main process's handlers running here
 * under Node: every call passes the same gate (sender, schema) as over
 * Electron's IPC.
 */
export function bridgeDeskServices(services: DeskServices): DeskApi {
  const handlers = createHandlers(services);
  return Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, (request: unknown) => dispatch(channel, DESK, request, handlers)])) as unknown as DeskApi;
}
