import { useLiveQuery } from 'dexie-react-hooks';
import type { AttachmentRef } from '../../../../shared/domain/complaints/types';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/schema/sync';
import { useServices } from '../../../app/services';
import { useT } from '../../../i18n';

const MAX_ATTACHMENT_MB = MAX_ATTACHMENT_BYTES / (1024 * 1024);

/**
 * The photos and letters recorded with the complaint: photos as thumbnails,
 * other files as links. A file taken at another counter that has not come
 * yet is named (the list follows the table: it shows as soon as sync brings
 * it); a file that will never leave this counter says why.
 */
export function ComplaintAttachments({ complaintId, refs }: { readonly complaintId: string; readonly refs: readonly AttachmentRef[] }) {
  const { t } = useT();
  const { db } = useServices();
  const files = useLiveQuery(() => db.complaintAttachments.where('complaintId').equals(complaintId).toArray(), [db, complaintId]);
  // Until the table is read, nothing: every file would otherwise flash as "not synced yet".
  if (refs.length === 0 || files === undefined) return null;
  const byRef = new Map(files.map((f) => [f.ref, f]));
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
              {file.notShared === 'tooLarge' && <span className="muted"> {t('complaints.detail.attachmentTooLarge', { name: file.name, max: MAX_ATTACHMENT_MB })}</span>}
              {file.notShared === 'refused' && <span className="muted"> {t('complaints.detail.attachmentRefused', { name: file.name })}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
