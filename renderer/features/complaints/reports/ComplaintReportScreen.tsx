/** STUB (lead): replaced by its slice. */
export function ComplaintReportScreen() {
  return null;
}
