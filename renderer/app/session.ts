import { create } from 'zustand';
import type { Role, StaffMember } from '../../shared/domain/staff';
import type { StoreProfile } from '../../shared/domain/store';
import type { CounterIdentity } from '../db/staff';

export type Phase = 'loading' | 'firstRun' | 'signIn' | 'working';

export type View =
  | 'deposit'
  | 'retrieve'
  | 'search'
  | 'lostFound'
  | 'lockers'
  | 'closing'
  | 'returns'
  | 'returnsReport'
  | 'handout'
  | 'campaigns'
  | 'draws'
  | 'complaintIntake'
  | 'complaintQueue'
  | 'complaintLookup'
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
  readonly setUp: (identity: CounterIdentity | undefined, profile: StoreProfile | undefined) => void;
  readonly profileChanged: (profile: StoreProfile) => void;
  readonly signedIn: (member: StaffMember) => void;
  readonly signedOut: () => void;
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
  signedIn: (m) => set({ staff: { staffNo: m.staffNo, name: m.name, role: m.role }, phase: 'working', locked: false, view: 'deposit' }),
  signedOut: () => set({ staff: undefined, phase: 'signIn', locked: false }),
  lock: () => set({ locked: true }),
  unlock: () => set({ locked: false }),
  go: (view) => set({ view }),
}));
