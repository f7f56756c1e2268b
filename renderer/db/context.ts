import type { Clock } from '../../shared/domain/clock';
import type { DeskDatabase } from './database';

/** Who is working at which counter: every write is stamped with it. */
export interface DeskSession {
  readonly store: string;
  readonly counter: string;
  readonly staffNo: string;
  readonly timeZone: string;
}

export interface DeskContext {
  readonly db: DeskDatabase;
  readonly clock: Clock;
  readonly session: DeskSession;
}
