import type { Channel, ChannelRequest, ChannelResponse, DeskApi, IpcResult } from '../../shared/ipc';

/**
 * The `window.desk` API: one function per channel, each a plain invoke of
 * its own channel name. Only types come from shared/ipc.ts, so the preload
 * bundle stays tiny (no zod); the main process does the validating.
 */
export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>;

export function createDeskApi(invoke: Invoke): DeskApi {
  const call =
    <C extends Channel>(channel: C) =>
    (request: ChannelRequest<C>) =>
      invoke(channel, request) as Promise<IpcResult<ChannelResponse<C>>>;

  // An object literal typed as DeskApi: a channel added to shared/ipc.ts and
  // missing here (or one here that is not there) fails the type-check.
  const api: DeskApi = {
    'app:info': call('app:info'),
    'print:listPrinters': call('print:listPrinters'),
    'print:submit': call('print:submit'),
    'print:queue': call('print:queue'),
    'print:retry': call('print:retry'),
    'print:getSettings': call('print:getSettings'),
    'print:setSettings': call('print:setSettings'),
    'sync:status': call('sync:status'),
    'sync:enrol': call('sync:enrol'),
    'sync:forget': call('sync:forget'),
    'sync:setPaused': call('sync:setPaused'),
    'sync:test': call('sync:test'),
    'sync:push': call('sync:push'),
    'sync:pull': call('sync:pull'),
    'sync:digest': call('sync:digest'),
    'sync:report': call('sync:report'),
    'sync:waitForChange': call('sync:waitForChange'),
    'sync:putAttachment': call('sync:putAttachment'),
    'sync:getAttachment': call('sync:getAttachment'),
    'backup:status': call('backup:status'),
    'backup:setSettings': call('backup:setSettings'),
    'backup:begin': call('backup:begin'),
    'backup:write': call('backup:write'),
    'backup:commit': call('backup:commit'),
    'backup:list': call('backup:list'),
    'backup:open': call('backup:open'),
    'backup:read': call('backup:read'),
    'marker:read': call('marker:read'),
    'marker:update': call('marker:update'),
  };
  return Object.freeze(api);
}
