/** Starts the desk again: it opens the active database (see db/activeDatabase), e.g. the copy a restore just made. */
export function reloadDesk(): void {
  window.location.reload();
}
