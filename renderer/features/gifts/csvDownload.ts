/**
 * Saves a CSV file the way a browser downloads: a Blob URL on a temporary
 * link. Electron shows its save dialog for it; nothing goes through main.
 */
export function downloadCsv(fileName: string, csv: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some engines read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
