import type { DeskApi } from '../../shared/ipc';
import type { SyncService } from '../../electron/main/sync/service';
import { bridgeDeskServices } from '../main/support/bridge';
import { stubServices } from '../main/support/deskServices';

/**
 * A page's `desk` API bridged to the main process's handlers running here
 * under Node, with a real SyncService: every call passes the same gate
 * (sender, schema) as over Electron's IPC.
 */
export function bridgedDeskApi(service: SyncService): DeskApi {
  return bridgeDeskServices({ ...stubServices(), sync: { service } });
}
