import { useId, useState, type ChangeEvent } from 'react';
import { ATTACHMENT_PDF_TYPE, ATTACHMENT_TYPES, MAX_ATTACHMENTS, type AttachmentFile } from '../../../../shared/schema/complaints';
import { DeskError } from '../../../db/errors';
import { useT } from '../../../i18n';
import { readAttachment } from './readAttachment';

interface AttachmentsFieldProps {
  readonly files: readonly AttachmentFile[];
  readonly onAdd: (files: readonly AttachmentFile[]) => void;
  readonly onRemove: (index: number) => void;
  /** i18n code of a message from the form's own check. */
  readonly error?: string | undefined;
}

interface Refusal {
  readonly code: string;
  readonly name?: string | undefined;
}

const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/** Photos and scanned letters picked from files: each is checked, read on this PC (photos shrunk), listed and removable. */
export function AttachmentsField({ files, onAdd, onRemove, error }: AttachmentsFieldProps) {
  const id = useId();
  const { t, tc } = useT();
  const [refusal, setRefusal] = useState<Refusal>();
  const [reading, setReading] = useState(false);

  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const picked = Array.from(input.files ?? []);
    // Cleared so that picking the same file again (after removing it) still counts.
    input.value = '';
    if (picked.length === 0) return;
    if (files.length + picked.length > MAX_ATTACHMENTS) {
      setRefusal({ code: 'error.tooManyAttachments' });
      return;
    }
    setReading(true);
    const kept: AttachmentFile[] = [];
    let first: Refusal | undefined;
    for (const file of picked) {
      try {
        kept.push(await readAttachment(file));
      } catch (err) {
        first ??= { code: err instanceof DeskError ? err.code : 'error.attachmentType', name: file.name };
      }
    }
    setReading(false);
    setRefusal(first);
    if (kept.length > 0) onAdd(kept);
  };

  const message = refusal ? (refusal.name ? t('complaints.intake.attachments.refused', { name: refusal.name, reason: tc(refusal.code) }) : tc(refusal.code)) : error ? tc(error) : undefined;
  return (
    <div className={`field${message ? ' field--error' : ''}`}>
      <label htmlFor={id}>{t('complaints.intake.field.attachments')}</label>
      <input
        id={id}
        name="attachments"
        type="file"
        multiple
        accept={ATTACHMENT_TYPES.join(',')}
        disabled={reading || files.length >= MAX_ATTACHMENTS}
        onChange={(e) => void onPick(e)}
        aria-invalid={message ? true : undefined}
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
      />
      <small id={`${id}-hint`} className="field__hint">
        {reading ? t('complaints.intake.attachments.reading') : t('complaints.intake.attachments.hint', { max: MAX_ATTACHMENTS })}
      </small>
      {files.length > 0 && (
        <ul aria-label={t('complaints.intake.attachments.list')}>
          {files.map((f, i) => (
            <li key={`${i}-${f.name}`}>
              {f.name} · {f.mediaType === ATTACHMENT_PDF_TYPE ? 'PDF' : t('complaints.intake.attachments.photo')} · {kb(f.size)} KB{' '}
              <button type="button" className="link" onClick={() => onRemove(i)} aria-label={t('complaints.intake.attachments.remove', { name: f.name })}>
                {t('complaints.intake.attachments.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <small id={`${id}-error`} className="field__error" role="alert">
          {message}
        </small>
      )}
    </div>
  );
}
