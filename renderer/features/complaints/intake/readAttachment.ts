import { ATTACHMENT_PDF_TYPE, attachmentFile, attachmentPick, type AttachmentFile } from '../../../../shared/schema/complaints';
import { downscalePhoto } from '../../../components/photo';
import { ATTACHMENTS_FIELD } from '../../../db/complaints/attachments';
import { DeskError } from '../../../db/errors';

function refused(code: string | undefined): DeskError {
  return new DeskError(code ?? 'error.attachmentType', ATTACHMENTS_FIELD);
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(refused('error.attachmentType')));
    reader.onerror = () => reject(refused('error.attachmentType'));
    reader.readAsDataURL(file);
  });
}

/**
 * Reads a picked file to keep with the complaint. Its type and size are
 * judged first, so a refused file is never read; a photo is shrunk to a
 * small JPEG on this PC, a PDF (a scanned letter) is kept as it is.
 */
export async function readAttachment(file: File): Promise<AttachmentFile> {
  const pick = attachmentPick.safeParse({ name: file.name, mediaType: file.type, size: file.size });
  if (!pick.success) throw refused(pick.error.issues[0]?.message);
  const pdf = file.type === ATTACHMENT_PDF_TYPE;
  let dataUrl: string;
  try {
    dataUrl = pdf ? await readAsDataUrl(file) : await downscalePhoto(file);
  } catch (error) {
    throw refused(error instanceof DeskError ? error.code : undefined);
  }
  const kept = attachmentFile.safeParse({ name: file.name, mediaType: pdf ? ATTACHMENT_PDF_TYPE : 'image/jpeg', dataUrl });
  if (!kept.success) throw refused(kept.error.issues[0]?.message);
  return kept.data;
}
