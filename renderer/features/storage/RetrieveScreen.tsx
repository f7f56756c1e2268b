import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import { checkRelease, type ReleaseCheck } from '../../../shared/domain/storage/rules';
import { useServices } from '../../app/services';
import { useSession } from '../../app/session';
import { useDeskContext } from '../../app/useDeskContext';
import { FormError } from '../../components/Field';
import { ScanInput } from '../../components/ScanInput';
import { useStaffNames } from '../../components/useStaffNames';
import { useSubmit } from '../../components/useSubmit';
import { findTicket, releaseItem } from '../../db/storage/bulky';
import { useT } from '../../i18n';
import { LostTicketDialog } from './LostTicketDialog';
import { StorageItemCard } from './StorageItemCard';

/** Why an item cannot be released, in words with who (number and name) and when. */
function RefusalNotice({ refusal }: { readonly refusal: Exclude<ReleaseCheck, { ok: true }> }) {
  const { t } = useT();
  const who = useStaffNames();
  const timeZone = useSession((s) => s.profile?.timeZone);
  const at = formatInZone(refusal.at, 'yyyy-MM-dd HH:mm', timeZone);
  return (
    <p className="notice notice--danger" role="alert">
      {refusal.reason === 'alreadyReleased'
        ? t('storage.retrieve.refusedReleased', { at, by: who(refusal.by), counter: refusal.counter })
        : t('storage.retrieve.refusedMoved', { at, by: who(refusal.by) })}
    </p>
  );
}

/** Retrieval: scan or type the ticket number, check the item, release it once. */
export function RetrieveScreen() {
  const { t } = useT();
  const { db } = useServices();
  const ctx = useDeskContext();
  const [itemId, setItemId] = useState<string>();
  const [justReleased, setJustReleased] = useState<string>();
  const [lostTicketOpen, setLostTicketOpen] = useState(false);
  // Live: a release at another counter (after sync) shows here at once.
  const item = useLiveQuery(() => (itemId ? db.storageItems.get(itemId) : undefined), [db, itemId]);
  const lookup = useSubmit(async (text: string) => {
    setItemId(undefined);
    setJustReleased(undefined);
    setItemId((await findTicket(db, text)).id);
  });
  const release = useSubmit(async () => {
    if (!item) return;
    const outcome = await releaseItem(ctx, item.id);
    if (outcome.released) setJustReleased(outcome.item.number);
  });
  const check = item ? checkRelease(item) : undefined;
  return (
    <div className="card form">
      <h1>{t('storage.retrieve.title')}</h1>
      <ScanInput
        label={t('storage.retrieve.scan')}
        placeholder="JC-…"
        onScan={(text) => void lookup.submit(text)}
        busy={lookup.pending}
        error={lookup.errors.fields.number ?? lookup.errors.form?.code}
        errorParams={lookup.errors.params ?? lookup.errors.form?.params}
      />
      <small className="muted">{t('storage.retrieve.scanHint')}</small>
      {justReleased && (
        <p className="notice notice--ok" role="status">
          {t('storage.retrieve.released', { number: justReleased })}
        </p>
      )}
      {item && (
        <>
          {check && !check.ok && !justReleased && <RefusalNotice refusal={check} />}
          <StorageItemCard item={item} />
          <FormError code={release.errors.form?.code} params={release.errors.form?.params} />
          {check?.ok && (
            <div className="actions">
              <button type="button" className="primary" disabled={release.pending} onClick={() => void release.submit()}>
                {t('storage.retrieve.release')}
              </button>
            </div>
          )}
        </>
      )}
      <div className="actions">
        <button type="button" onClick={() => setLostTicketOpen(true)}>
          {t('storage.retrieve.lostTicket')}
        </button>
      </div>
      {lostTicketOpen && (
        <LostTicketDialog
          onClose={() => setLostTicketOpen(false)}
          onReleased={(number, id) => {
            setItemId(id);
            setJustReleased(number);
          }}
        />
      )}
    </div>
  );
}
