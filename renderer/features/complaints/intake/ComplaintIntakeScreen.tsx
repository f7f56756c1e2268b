/** STUB (lead): replaced by its slice. */
export function ComplaintIntakeScreen() {
  return null;
}
