/** STUB (lead): replaced by its slice. */
export function ComplaintSettingsScreen() {
  return null;
}
