import { can, canApprove, isSupervisor, type ApprovalAction, type Permission, type Role, type StaffMember } from '../staff';
import type { ActingWindow } from './types';

/** The longest window a supervisor may name: a week's absence; longer is a change of role, not a stand-in. */
export const MAX_ACTING_MS = 7 * 24 * 60 * 60 * 1000;
/** A window may start up to a minute ago (the time it took to fill the form), never further back. */
export const FROM_PAST_TOLERANCE_MS = 60 * 1000;

/** What an assistant acts as: a supervisor, never a store manager, whoever named them. */
export const ACTING_ROLE: Role = 'supervisor';

/** The role that may be named: the desk lead (总台领班) is the natural 主管助理. */
export const ASSISTANT_ROLE: Role = 'lead';

/**
 * What a window does not lend: managing staff. An assistant who could reset
 * the supervisor's PIN or give roles could make the window permanent.
 */
const WITHHELD: readonly Permission[] = ['staff.manage'];

/** Whether an open window lends `permission`: the supervisor's, less what is withheld. */
export function actingLends(permission: Permission): boolean {
  return can(ACTING_ROLE, permission) && !WITHHELD.includes(permission);
}

/** When the window stops: its `until`, or when it was ended early. */
export function windowEnd(w: Pick<ActingWindow, 'until' | 'ended'>): number {
  return w.ended && w.ended.at < w.until ? w.ended.at : w.until;
}

/** Open at `at`: from `from` (included) to its end (excluded). It ends by itself: no entry is needed when `until` passes. */
export function isWindowOpen(w: Pick<ActingWindow, 'from' | 'until' | 'ended'>, at: number): boolean {
  return w.from <= at && at < windowEnd(w);
}

export type WindowState = 'scheduled' | 'open' | 'endedEarly' | 'lapsed';

export function windowState(w: Pick<ActingWindow, 'from' | 'until' | 'ended'>, now: number): WindowState {
  if (w.ended && w.ended.at < w.until && w.ended.at <= now) return 'endedEarly';
  if (now >= w.until) return 'lapsed';
  return now < w.from ? 'scheduled' : 'open';
}

/** The window `staffNo` acts in at `at` (the earliest named first when two overlap), if any. */
export function openWindowOf<W extends Pick<ActingWindow, 'id' | 'assistant' | 'from' | 'until' | 'ended'>>(windows: readonly W[], staffNo: string, at: number): W | undefined {
  return windows
    .filter((w) => w.assistant === staffNo && isWindowOpen(w, at))
    .sort((a, b) => a.from - b.from || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
}

/**
 * The window `member` acts as supervisor in at `at`: only an active desk
 * lead's (one since deactivated or given another role has lost it).
 */
export function actingWindowFor<W extends ActingWindow>(member: Pick<StaffMember, 'staffNo' | 'role' | 'active'>, windows: readonly W[], at: number): W | undefined {
  return member.active && member.role === ASSISTANT_ROLE ? openWindowOf(windows, member.staffNo, at) : undefined;
}

/** The role `member` works as at `at`: their own, or a supervisor's in an open acting window (never a store manager's). */
export function roleActingAs(member: Pick<StaffMember, 'staffNo' | 'role' | 'active'>, windows: readonly ActingWindow[], at: number): Role {
  return actingWindowFor(member, windows, at) ? ACTING_ROLE : member.role;
}

/** Whether `member` may approve `action` at `at`: by their role, or as acting supervisor in an open window. */
export function mayApprove(member: Pick<StaffMember, 'staffNo' | 'role' | 'active'>, action: ApprovalAction, windows: readonly ActingWindow[], at: number): boolean {
  return member.active && canApprove(roleActingAs(member, windows, at), action);
}

export type NamingRefusal =
  /** Only a supervisor or store manager by role names an assistant: an assistant cannot name others. */
  | 'namerNotSupervisor'
  | 'self'
  | 'unknownAssistant'
  | 'assistantInactive'
  | 'assistantNotLead'
  | 'fromInPast'
  | 'untilNotAfterFrom'
  | 'tooLong';

/** The form field each refusal belongs to (undefined: the whole form). */
export const NAMING_REFUSAL_FIELD: Readonly<Record<NamingRefusal, 'assistant' | 'from' | 'until' | undefined>> = {
  namerNotSupervisor: undefined,
  self: 'assistant',
  unknownAssistant: 'assistant',
  assistantInactive: 'assistant',
  assistantNotLead: 'assistant',
  fromInPast: 'from',
  untilNotAfterFrom: 'until',
  tooLong: 'until',
};

/** Why `namer` may not name `assistant` for [from, until) at `now`; undefined when they may. */
export function namingRefusal(
  namer: Pick<StaffMember, 'staffNo' | 'role'>,
  assistant: Pick<StaffMember, 'staffNo' | 'role' | 'active'> | undefined,
  window: { readonly from: number; readonly until: number },
  now: number,
): NamingRefusal | undefined {
  if (!isSupervisor(namer.role)) return 'namerNotSupervisor';
  if (!assistant) return 'unknownAssistant';
  if (assistant.staffNo === namer.staffNo) return 'self';
  if (!assistant.active) return 'assistantInactive';
  if (assistant.role !== ASSISTANT_ROLE) return 'assistantNotLead';
  if (window.from < now - FROM_PAST_TOLERANCE_MS) return 'fromInPast';
  if (window.until <= window.from) return 'untilNotAfterFrom';
  if (window.until - window.from > MAX_ACTING_MS) return 'tooLong';
  return undefined;
}

export type EndRefusal = 'unknownWindow' | 'alreadyOver';

/** A window is ended early only while it has not ended (early or by itself). */
export function endRefusal(w: Pick<ActingWindow, 'from' | 'until' | 'ended'> | undefined, now: number): EndRefusal | undefined {
  if (!w) return 'unknownWindow';
  const state = windowState(w, now);
  return state === 'endedEarly' || state === 'lapsed' ? 'alreadyOver' : undefined;
}
