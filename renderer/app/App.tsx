import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { readMarker } from '../db/backup/marker';
import { readCounterIdentity, readStoreProfile } from '../db/staff';
import { useT } from '../i18n';
import { BackupHost } from './backup/BackupHost';
import { ChangePinScreen } from './ChangePinScreen';
import { DatabaseMissing } from './DatabaseMissing';
import { FirstRun } from './FirstRun';
import { useServices } from './services';
import { useSession } from './session';
import { Shell } from './Shell';
import { SignIn } from './SignIn';
import { SyncHost } from './sync/SyncHost';

/** Loading → first run (once) → sign in → (a new PIN, when too short for the role) → the desk. */
export function App() {
  const { db, desk } = useServices();
  const phase = useSession((s) => s.phase);
  const setUp = useSession((s) => s.setUp);
  const databaseMissing = useSession((s) => s.databaseMissing);
  const profileChanged = useSession((s) => s.profileChanged);
  useEffect(() => {
    void (async () => {
      const identity = await readCounterIdentity(db);
      // An empty database on a PC that was set up never opens the first run (see DatabaseMissing).
      if (!identity && (await readMarker(desk)).state !== 'none') databaseMissing();
      else setUp(identity, await readStoreProfile(db));
    })();
  }, [db, desk, setUp, databaseMissing]);
  // Settings changed here or arriving from another counter apply at once.
  const liveProfile = useLiveQuery(() => readStoreProfile(db), [db]);
  useEffect(() => {
    if (liveProfile) profileChanged(liveProfile);
  }, [liveProfile, profileChanged]);
  // One sync loop from set-up on, kept running across sign-in and sign-out (it needs no one signed in).
  return (
    <>
      <SyncHost />
      <BackupHost />
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
    case 'databaseMissing':
      return <DatabaseMissing />;
    case 'signIn':
      return <SignIn />;
    case 'changePin':
      return <ChangePinScreen />;
    case 'working':
      return <Shell />;
  }
}
