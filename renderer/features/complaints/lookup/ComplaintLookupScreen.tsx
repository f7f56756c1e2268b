/** STUB (lead): replaced by its slice. */
export function ComplaintLookupScreen() {
  return null;
}
