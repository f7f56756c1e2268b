/** STUB (lead): replaced by its slice. */
export function ResponsibilityScreen() {
  return null;
}
