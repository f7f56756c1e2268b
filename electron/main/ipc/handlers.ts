import { appChannels, type AppChannelDeps } from './app';
import { backupChannels, type BackupChannelDeps } from './backup';
import type { HandlerTable } from './dispatch';
import { printChannels, type PrintChannelDeps } from './print';
import { syncChannels, type SyncChannelDeps } from './sync';

export interface DeskServices {
  readonly app: AppChannelDeps;
  readonly print: PrintChannelDeps;
  readonly sync: SyncChannelDeps;
  readonly backup: BackupChannelDeps;
}

/**
 * The handler of every channel. Written out as one object literal typed as
 * HandlerTable, so TypeScript refuses a missing channel, an extra one, or a
 * handler whose request or response type does not match shared/ipc.ts.
 */
export function createHandlers(services: DeskServices): HandlerTable {
  const app = appChannels(services.app);
  const print = printChannels(services.print);
  const sync = syncChannels(services.sync);
  const backup = backupChannels(services.backup);
  return {
    'app:info': app.info,
    'print:listPrinters': print.listPrinters,
    'print:submit': print.submit,
    'print:queue': print.list,
    'print:retry': print.retry,
    'print:getSettings': print.getSettings,
    'print:setSettings': print.setSettings,
    'sync:status': sync.status,
    'sync:enrol': sync.enrol,
    'sync:forget': sync.forget,
    'sync:setPaused': sync.setPaused,
    'sync:test': sync.test,
    'sync:push': sync.push,
    'sync:pull': sync.pull,
    'sync:digest': sync.digest,
    'sync:report': sync.report,
    'sync:waitForChange': sync.waitForChange,
    'sync:putAttachment': sync.putAttachment,
    'sync:getAttachment': sync.getAttachment,
    'backup:status': backup.status,
    'backup:setSettings': backup.setSettings,
    'backup:begin': backup.begin,
    'backup:write': backup.write,
    'backup:commit': backup.commit,
    'backup:list': backup.list,
    'backup:open': backup.open,
    'backup:read': backup.read,
    'marker:read': backup.readMarker,
    'marker:update': backup.updateMarker,
  };
}
