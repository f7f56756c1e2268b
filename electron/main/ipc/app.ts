import type { AppInfo } from '../../../shared/ipc';

/** The `app:*` channels: facts about this installation the settings screen shows. */
export interface AppChannelDeps {
  readonly appInfo: () => AppInfo;
}

export function appChannels(deps: AppChannelDeps) {
  return {
    info: (): AppInfo => deps.appInfo(),
  };
}
