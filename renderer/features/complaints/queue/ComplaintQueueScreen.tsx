/** STUB (lead): replaced by its slice. */
export function ComplaintQueueScreen() {
  return null;
}
