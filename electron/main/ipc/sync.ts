import type { Entry } from '../../../shared/domain/entry';
import { toEntry, type AttachmentUpload, type CounterReport, type syncEntry } from '../../../shared/schema/sync';
import type { z } from 'zod';
import type { SyncService } from '../sync/service';

/** The `sync:*` channels: the screens hand batches over and get status back; credentials never cross. */
export interface SyncChannelDeps {
  readonly service: Pick<SyncService, 'status' | 'enrol' | 'forget' | 'setPaused' | 'test' | 'push' | 'pull' | 'report' | 'digest' | 'waitForChange' | 'putAttachment' | 'getAttachment'>;
}

export function syncChannels({ service }: SyncChannelDeps) {
  return {
    status: () => service.status(),
    enrol: (request: { readonly code: string; readonly store: string; readonly counter: string }) => service.enrol(request),
    forget: () => service.forget(),
    setPaused: ({ paused }: { readonly paused: boolean }) => service.setPaused(paused),
    test: () => service.test(),
    push: ({ entries }: { readonly entries: readonly z.output<typeof syncEntry>[] }) => service.push(entries.map((e): Entry => toEntry(e))),
    pull: ({ after, max }: { readonly after: number; readonly max: number }) => service.pull(after, max),
    report: (report: CounterReport) => service.report(report),
    digest: () => service.digest(),
    waitForChange: ({ after, timeoutMs }: { readonly after: number; readonly timeoutMs: number }) => service.waitForChange(after, timeoutMs),
    putAttachment: (file: AttachmentUpload) => service.putAttachment(file),
    getAttachment: ({ ref }: { readonly ref: string }) => service.getAttachment(ref),
  };
}
