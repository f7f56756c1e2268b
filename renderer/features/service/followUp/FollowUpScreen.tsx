import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useServices } from '../../../app/services';
import { ScanInput } from '../../../components/ScanInput';
import { useNow } from '../../../components/useNow';
import { useKeptDraft } from '../../../components/keptDraft';
import { useSubmit } from '../../../components/useSubmit';
import { DeskError } from '../../../db/errors';
import { readFollowUpsDue } from '../../../db/service/aftercareQueries';
import { findServiceCall } from '../../../db/service/queries';
import { useT } from '../../../i18n';
import { FollowUpList } from './FollowUpList';
import { FollowUpPanel } from './FollowUpPanel';
import '../service.css';

/**
 * 回访: the calls whose job ended in the last days and have had no
 * follow-up, oldest first, with the customer's phone to call; pick one to
 * record the call and the opinion card. A card sent back by post is found
 * by its call number.
 */
export function FollowUpScreen() {
  const { t } = useT();
  const { db, clock } = useServices();
  const now = useNow(clock);
  // The call picked is kept: back from another area, the clerk is where they were.
  const [callId, setCallId] = useKeptDraft<string | undefined>('serviceFollowUp:call', () => undefined);
  const [done, setDone] = useState<string>();
  const section = useRef<HTMLElement>(null);
  const due = useLiveQuery(() => readFollowUpsDue(db, now), [db, now]);
  const call = useLiveQuery(async () => (callId ? ((await db.serviceCalls.get(callId)) ?? null) : null), [db, callId]);
  const pick = (id: string) => {
    setDone(undefined);
    setCallId(id);
  };
  const find = useSubmit(async (typed: string) => {
    setDone(undefined);
    setCallId(undefined);
    const found = await findServiceCall(db, typed);
    if (!found) throw new DeskError('error.serviceCallNotFound', 'scan');
    if (found.visits.length === 0) throw new DeskError('error.serviceStep.noVisit', 'scan');
    setCallId(found.id);
  });
  const backToList = (text?: string) => {
    setCallId(undefined);
    setDone(text);
    section.current?.querySelector<HTMLInputElement>('input[name="scan"]')?.focus();
  };
  return (
    <section ref={section} className="panel" aria-labelledby="service-follow-up-title">
      <h1 id="service-follow-up-title">{t('service.followUp.title')}</h1>
      <p className="muted">{t('service.followUp.hint')}</p>
      <ScanInput label={t('service.followUp.scan')} onScan={(text) => void find.submit(text)} error={find.errors.fields.scan ?? find.errors.form?.code} busy={find.pending} />
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {call ? <FollowUpPanel key={call.id} call={call} onDone={backToList} onBack={() => backToList()} /> : <FollowUpList due={due} onPick={pick} />}
    </section>
  );
}
