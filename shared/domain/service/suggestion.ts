import type { IsoDate } from '../calendar/days';
import { storeDay } from '../clock';
import type { ServiceArea, ServiceCall, Skill } from './types';

/** What the service supervisor set for a technician: where they go and what they can fix. */
export interface TechnicianProfile {
  readonly staffNo: string;
  readonly name: string;
  readonly areas: readonly ServiceArea[];
  readonly skills: readonly Skill[];
  readonly active: boolean;
}

export interface TechnicianSuggestion {
  readonly staffNo: string;
  readonly name: string;
  readonly sameArea: boolean;
  readonly hasSkill: boolean;
  readonly jobsToday: number;
  /** The reasons in order, as the board shows them: area, skill, today's load. */
  readonly reasons: readonly ({ readonly key: 'sameArea' | 'otherArea' } | { readonly key: 'skill' | 'noSkill'; readonly skill: Skill } | { readonly key: 'jobsToday'; readonly count: number })[];
}

/**
 * The suggested technicians for a call, best first: the call's area, then
 * the product's skill, then the fewest jobs today, then staff number (so
 * every counter suggests the same). Each says why.
 */
export function suggestTechnicians(
  call: { readonly area: ServiceArea; readonly skill: Skill },
  technicians: readonly TechnicianProfile[],
  jobsToday: ReadonlyMap<string, number>,
): TechnicianSuggestion[] {
  return technicians
    .filter((t) => t.active)
    .map((t) => {
      const sameArea = t.areas.includes(call.area);
      const hasSkill = t.skills.includes(call.skill);
      const jobs = jobsToday.get(t.staffNo) ?? 0;
      return {
        staffNo: t.staffNo,
        name: t.name,
        sameArea,
        hasSkill,
        jobsToday: jobs,
        reasons: [
          { key: sameArea ? ('sameArea' as const) : ('otherArea' as const) },
          { key: hasSkill ? ('skill' as const) : ('noSkill' as const), skill: call.skill },
          { key: 'jobsToday' as const, count: jobs },
        ],
      };
    })
    .sort((a, b) => Number(b.sameArea) - Number(a.sameArea) || Number(b.hasSkill) - Number(a.hasSkill) || a.jobsToday - b.jobsToday || a.staffNo.localeCompare(b.staffNo));
}

/**
 * Today's load: calls dispatched to each technician on the store day
 * `today`, cancelled ones aside. `calls` need only hold the open calls and
 * those closed today: a call dispatched today is one or the other.
 */
export function jobsTodayOf(calls: readonly Pick<ServiceCall, 'dispatch' | 'status'>[], today: IsoDate, timeZone: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of calls) {
    if (c.dispatch && c.status !== 'cancelled' && storeDay(c.dispatch.at, timeZone) === today) counts.set(c.dispatch.technician, (counts.get(c.dispatch.technician) ?? 0) + 1);
  }
  return counts;
}
