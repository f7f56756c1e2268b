import { PHOTO_MAX_CHARS } from '../../shared/schema/common';
import { DeskError } from '../db/errors';

const MAX_SIDE = 640;

/**
 * Reads a picture file and shrinks it to a small JPEG data URL, so a photo
 * of a bag never makes a record heavy. Not a picture: a clear error.
 */
export async function photoFromFile(file: File): Promise<string> {
  if (!/^image\/(jpeg|png|webp|gif|bmp)$/.test(file.type)) throw new DeskError('error.photoType', 'photo');
  const bitmap = await createImageBitmap(file).catch(() => {
    throw new DeskError('error.photoType', 'photo');
  });
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const dataUrl = canvas.toDataURL('image/jpeg', 0.7);
  if (dataUrl.length > PHOTO_MAX_CHARS) throw new DeskError('error.photoTooLarge', 'photo');
  return dataUrl;
}
