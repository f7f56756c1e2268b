import type { Clock } from '../../../shared/domain/clock';
import { nextMarker } from '../../../shared/domain/backup/marks';
import { counterMarker, type CounterMarker, type MarkerState, type MarkerUpdate } from '../../../shared/schema/marker';
import { keepUnreadableCopy, readJsonFile, writeFileAtomic } from '../atomicFile';

/**
 * <userData>/counter-marker.json: this PC's store and counter, when it was
 * set up, and the highest numbers it handed out. It lives beside the app,
 * not in the browser storage a cleared profile loses. Updates are applied
 * one after another and only ever raise a mark.
 */
export class CounterMarkerStore {
  private state: Promise<MarkerState> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly clock: Clock,
    private readonly log: (message: string) => void = (message) => console.error(`[marker] ${message}`),
  ) {}

  read(): Promise<MarkerState> {
    this.state ??= this.load();
    return this.state;
  }

  /** Raises the marks (never lowers one); a different store or counter starts a new marker (the file was set up anew by hand). */
  update(next: MarkerUpdate): Promise<CounterMarker> {
    const run = this.queue.then(() => this.apply(next));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async apply(next: MarkerUpdate): Promise<CounterMarker> {
    const now = this.clock.now();
    const current = await this.read();
    if (current.state === 'unreadable') await keepUnreadableCopy(this.file, now);
    const marker = nextMarker(current.state === 'setUp' ? current.marker : undefined, next, now);
    if (current.state === 'setUp' && (current.marker.store !== next.store || current.marker.counter !== next.counter)) this.log(`marker of ${current.marker.store}/${current.marker.counter} replaced by ${next.store}/${next.counter}`);
    await writeFileAtomic(this.file, JSON.stringify(marker));
    this.state = Promise.resolve({ state: 'setUp', marker });
    return marker;
  }

  private async load(): Promise<MarkerState> {
    const read = await readJsonFile(this.file);
    if (read.kind === 'missing') return { state: 'none' };
    const parsed = read.kind === 'ok' ? counterMarker.safeParse(read.value) : undefined;
    if (parsed?.success) return { state: 'setUp', marker: parsed.data };
    this.log(`unreadable marker at ${this.file}: this PC counts as set up`);
    return { state: 'unreadable' };
  }
}
