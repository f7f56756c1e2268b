import { useCallback } from 'react';
import { signOut } from '../db/staff';
import { useServices } from './services';
import { useSession } from './session';

/**
 * Signs out with an audit line; the screens unmount, so nothing of this staff member's stays on screen.
 * `because` (an i18n code) tells the sign-in screen why, when it was not the person's choice.
 */
export function useSignOut() {
  const { db, clock } = useServices();
  const identity = useSession((s) => s.identity);
  const profile = useSession((s) => s.profile);
  const staff = useSession((s) => s.staff);
  const signedOut = useSession((s) => s.signedOut);
  return useCallback(async (because?: string) => {
    if (identity && profile && staff) {
      await signOut({ db, clock, session: { ...identity, staffNo: staff.staffNo, timeZone: profile.timeZone } });
    }
    signedOut(because);
  }, [db, clock, identity, profile, staff, signedOut]);
}
