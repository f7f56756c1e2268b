/** Saves text as a file through a Blob link (the renderer has no file system; the browser's download does it). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, or the download may find no data.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
