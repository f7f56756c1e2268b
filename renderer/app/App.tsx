import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { readCounterIdentity, readStoreProfile } from '../db/staff';
import { useT } from '../i18n';
import { FirstRun } from './FirstRun';
import { useServices } from './services';
import { useSession } from './session';
import { Shell } from './Shell';
import { SignIn } from './SignIn';
import { SyncHost } from './sync/SyncHost';

/** Loading → first run (once) → sign in → the desk. */
export function App() {
  const { db } = useServices();
  const phase = useSession((s) => s.phase);
  const setUp = useSession((s) => s.setUp);
  const profileChanged = useSession((s) => s.profileChanged);
  useEffect(() => {
    void (async () => setUp(await readCounterIdentity(db), await readStoreProfile(db)))();
  }, [db, setUp]);
  // Settings changed here or arriving from another counter apply at once.
  const liveProfile = useLiveQuery(() => readStoreProfile(db), [db]);
  useEffect(() => {
    if (liveProfile) profileChanged(liveProfile);
  }, [liveProfile, profileChanged]);
  // One sync loop from set-up on, kept running across sign-in and sign-out (it needs no one signed in).
  return (
    <>
      <SyncHost />
      <PhaseScreen phase={phase} />
    </>
  );
}

function PhaseScreen({ phase }: { readonly phase: ReturnType<typeof useSession.getState>['phase'] }) {
  const { t } = useT();
  switch (phase) {
    case 'loading':
      return <p className="centered muted">{t('app.loading')}</p>;
    case 'firstRun':
      return <FirstRun />;
    case 'signIn':
      return <SignIn />;
    case 'working':
      return <Shell />;
  }
}
