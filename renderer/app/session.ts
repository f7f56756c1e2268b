import { create } from 'zustand';
import type { Role, StaffMember } from '../../shared/domain/staff';
import type { StoreProfile } from '../../shared/domain/store';
import type { CounterIdentity } from '../db/staff';

/** `changePin`: signed in with a PIN shorter than the role needs; a new one comes before the desk. */
/** `databaseMissing`: the database is empty but this PC was set up (its marker): restore, never a first run. */
export type Phase = 'loading' | 'firstRun' | 'databaseMissing' | 'signIn' | 'changePin' | 'working';

export type View =
  | 'deposit'
  | 'retrieve'
  | 'search'
  | 'lostFound'
  | 'lockers'
  | 'closing'
  | 'returns'
  | 'returnsReport'
  | 'invoices'
  | 'handout'
  | 'charity'
  | 'campaigns'
  | 'draws'
  | 'complaintIntake'
  | 'complaintQueue'
  | 'complaintLookup'
  | 'enquiries'
  | 'complaintReport'
  | 'complaintPoints'
  | 'complaintSettings'
  | 'serviceRegister'
  | 'serviceVisit'
  | 'serviceWorkshop'
  | 'serviceGoodsRegister'
  | 'serviceFollowUp'
  | 'serviceFees'
  | 'serviceBoard'
  | 'serviceJobs'
  | 'serviceMyDay'
  | 'serviceReports'
  | 'serviceTeam'
  | 'serviceContracts'
  | 'surveys'
  | 'customerHistory'
  | 'preOrders'
  | 'log'
  | 'dayClose'
  | 'reports'
  | 'staff'
  | 'settings';

/** Who is at the counter: never the PIN hash. */
export interface SignedInStaff {
  readonly staffNo: string;
  readonly name: string;
  readonly role: Role;
}

interface SessionState {
  readonly phase: Phase;
  readonly identity?: CounterIdentity | undefined;
  readonly profile?: StoreProfile | undefined;
  readonly staff?: SignedInStaff | undefined;
  readonly locked: boolean;
  readonly view: View;
  /** Why the last session ended when it was not the person's choice (an i18n code the sign-in screen shows). */
  readonly signedOutBecause?: string | undefined;
  readonly setUp: (identity: CounterIdentity | undefined, profile: StoreProfile | undefined) => void;
  readonly profileChanged: (profile: StoreProfile) => void;
  readonly databaseMissing: () => void;
  readonly signedIn: (member: StaffMember, mustChangePin?: boolean) => void;
  readonly pinChanged: () => void;
  readonly signedOut: (because?: string) => void;
  readonly lock: () => void;
  readonly unlock: () => void;
  readonly go: (view: View) => void;
}

export const useSession = create<SessionState>((set) => ({
  phase: 'loading',
  locked: false,
  view: 'deposit',
  setUp: (identity, profile) => set({ identity, profile, phase: identity && profile ? 'signIn' : 'firstRun' }),
  profileChanged: (profile) => set({ profile }),
  databaseMissing: () => set({ identity: undefined, profile: undefined, phase: 'databaseMissing' }),
  signedIn: (m, mustChangePin = false) =>
    set({ staff: { staffNo: m.staffNo, name: m.name, role: m.role }, phase: mustChangePin ? 'changePin' : 'working', locked: false, view: 'deposit', signedOutBecause: undefined }),
  pinChanged: () => set({ phase: 'working' }),
  signedOut: (because) => set({ staff: undefined, phase: 'signIn', locked: false, signedOutBecause: because }),
  lock: () => set({ locked: true }),
  unlock: () => set({ locked: false }),
  go: (view) => set({ view }),
}));
