import type { Survey } from './types';

/** DOMAIN §6: at least 80% of the surveys sent must come back. */
export const RETURN_RATE_TARGET = 0.8;

export interface SurveyFigures {
  readonly sent: number;
  readonly returned: number;
  /** Returned of sent (0–1); undefined when none was sent. */
  readonly returnRate: number | undefined;
  readonly meetsTarget: boolean;
  /** Key customers: every survey sent to one must come back. */
  readonly keySent: number;
  readonly keyReturned: number;
}

/** The return rate of these surveys against its target, and how many of the key customers' came back. */
export function surveyFigures(surveys: readonly Pick<Survey, 'returnedAt' | 'keyCustomer'>[]): SurveyFigures {
  const sent = surveys.length;
  const returned = surveys.filter((s) => s.returnedAt > 0).length;
  const key = surveys.filter((s) => s.keyCustomer);
  const returnRate = sent > 0 ? returned / sent : undefined;
  return {
    sent,
    returned,
    returnRate,
    meetsTarget: returnRate !== undefined && returnRate >= RETURN_RATE_TARGET,
    keySent: key.length,
    keyReturned: key.filter((s) => s.returnedAt > 0).length,
  };
}
