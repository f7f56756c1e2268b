import type { Entry, RecordType } from '../entry';
import type { ServiceArea, Skill } from './types';

export const TECHNICIAN_RECORD_TYPE: RecordType = 'technician';
export const TECHNICIAN_SCHEMA_VERSION = 1;

/** What the service supervisor sets for a technician (the staff record says who they are and whether active). */
export interface TechnicianSkills {
  readonly staffNo: string;
  readonly areas: readonly ServiceArea[];
  readonly skills: readonly Skill[];
}

export type TechnicianEntry = Entry<'profileSet', { readonly areas: readonly ServiceArea[]; readonly skills: readonly Skill[] }>;

/** The latest profile set wins; an entry of a newer build is left for that build. */
export function applyTechnicianEntry(state: TechnicianSkills | undefined, e: TechnicianEntry): TechnicianSkills | undefined {
  if (e.schemaVersion > TECHNICIAN_SCHEMA_VERSION) return state;
  return { staffNo: e.recordId, areas: e.data.areas, skills: e.data.skills };
}
