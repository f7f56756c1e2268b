/**
 * Hybrid logical clock per counter. Its string form sorts in causal order,
 * so entries from several counters can be ordered the same way everywhere.
 */
export interface Hlc {
  readonly wall: number;
  readonly logical: number;
  readonly node: string;
}

/** A counter whose clock is this far ahead of what it has seen is flagged. */
export const MAX_CLOCK_DRIFT_MS = 5 * 60 * 1000;

export function hlcNext(previous: Hlc | undefined, now: number, node: string): Hlc {
  if (!previous || now > previous.wall) return { wall: now, logical: 0, node };
  return { wall: previous.wall, logical: previous.logical + 1, node };
}

/** Merges a clock seen on an entry from another counter. */
export function hlcReceive(local: Hlc | undefined, remote: Hlc, now: number, node: string): Hlc {
  const localWall = local?.wall ?? 0;
  const wall = Math.max(localWall, remote.wall, now);
  let logical = 0;
  if (wall === localWall && wall === remote.wall) logical = Math.max(local?.logical ?? 0, remote.logical) + 1;
  else if (wall === localWall) logical = (local?.logical ?? 0) + 1;
  else if (wall === remote.wall) logical = remote.logical + 1;
  return { wall, logical, node };
}

export function hlcToString(h: Hlc): string {
  return `${h.wall.toString().padStart(15, '0')}:${h.logical.toString().padStart(6, '0')}:${h.node}`;
}

export function hlcParse(text: string): Hlc {
  const [wall, logical, ...node] = text.split(':');
  const w = Number(wall);
  const l = Number(logical);
  if (!Number.isSafeInteger(w) || !Number.isSafeInteger(l) || node.length === 0) {
    throw new Error(`Not a hybrid logical clock: ${text}`);
  }
  return { wall: w, logical: l, node: node.join(':') };
}
