import { PHOTO_MAX_CHARS } from '../../shared/schema/common';
import { DeskError } from '../db/errors';

/** Longest side of a stored photo: enough to recognise an item, small enough to sync. */
export const PHOTO_MAX_SIDE = 640;
const QUALITIES = [0.7, 0.5, 0.35] as const;

function notImage(): DeskError {
  return new DeskError('photo.notImage', 'photo');
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(notImage()));
    reader.onerror = () => reject(notImage());
    reader.readAsDataURL(file);
  });
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(notImage());
    image.src = src;
  });
}

/**
 * Turns a picked file into a small JPEG data URL: at most 640 px on the long
 * side, so the photo stays well under PHOTO_MAX_CHARS and syncs quickly.
 * A file that is not a picture (or that the browser cannot decode, such as
 * HEIC) is refused with a message at the field.
 */
export async function downscalePhoto(file: File): Promise<string> {
  if (!file.type.startsWith('image/')) throw notImage();
  const image = await loadImage(await readAsDataUrl(file));
  const width = image.naturalWidth;
  const height = image.naturalHeight;
  if (!width || !height) throw notImage();
  const scale = Math.min(1, PHOTO_MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw notImage();
  // JPEG has no transparency: a white ground keeps transparent PNGs from turning black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  for (const quality of QUALITIES) {
    const url = canvas.toDataURL('image/jpeg', quality);
    if (url.length <= PHOTO_MAX_CHARS) return url;
  }
  throw new DeskError('error.photoTooLarge', 'photo');
}
