import type { BackupManifest, BackupSettings } from '../../../shared/schema/backup';
import type { MarkerUpdate } from '../../../shared/schema/marker';
import type { CounterMarkerStore } from '../backup/marker';
import type { BackupService } from '../backup/service';

/** The `backup:*` and `marker:*` channels: backups of the counter database, and this PC's set-up marker. */
export interface BackupChannelDeps {
  readonly service: Pick<BackupService, 'status' | 'setSettings' | 'begin' | 'write' | 'commit' | 'list' | 'open' | 'read'>;
  readonly marker: Pick<CounterMarkerStore, 'read' | 'update'>;
}

export function backupChannels({ service, marker }: BackupChannelDeps) {
  return {
    status: () => service.status(),
    setSettings: (settings: BackupSettings) => service.setSettings(settings),
    begin: (manifest: BackupManifest) => service.begin(manifest),
    write: ({ writeId, lines }: { readonly writeId: string; readonly lines: string }) => service.write(writeId, lines),
    commit: ({ writeId }: { readonly writeId: string }) => service.commit(writeId),
    list: () => service.list(),
    open: ({ name }: { readonly name: string }) => service.open(name),
    read: ({ readId }: { readonly readId: string }) => service.read(readId),
    readMarker: () => marker.read(),
    updateMarker: (update: MarkerUpdate) => marker.update(update),
  };
}
