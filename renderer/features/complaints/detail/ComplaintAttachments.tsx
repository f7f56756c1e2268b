import { useLiveQuery } from 'dexie-react-hooks';
import type { AttachmentRef } from '../../../../shared/domain/complaints/types';
import { useServices } from '../../../app/services';
import { useT } from '../../../i18n';

/** The photos and letters recorded with the complaint: photos as thumbnails, other files as links; a file not yet synced is named. */
export function ComplaintAttachments({ complaintId, refs }: { readonly complaintId: string; readonly refs: readonly AttachmentRef[] }) {
  const { t } = useT();
  const { db } = useServices();
  const files = useLiveQuery(() => db.complaintAttachments.where('complaintId').equals(complaintId).toArray(), [db, complaintId]);
  if (refs.length === 0) return null;
  const byRef = new Map((files ?? []).map((f) => [f.ref, f]));
  return (
    <section aria-label={t('complaints.detail.attachments')}>
      <h3>{t('complaints.detail.attachments')}</h3>
      <ul className="cd-attachments">
        {refs.map((a) => {
          const file = byRef.get(a.ref);
          if (!file) return <li key={a.ref} className="muted">{t('complaints.detail.attachmentMissing', { name: a.name })}</li>;
          return (
            <li key={a.ref}>
              <a href={file.dataUrl} download={file.name} target="_blank" rel="noreferrer">
                {file.mediaType.startsWith('image/') ? <img src={file.dataUrl} alt={file.name} className="cd-thumb" /> : file.name}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
