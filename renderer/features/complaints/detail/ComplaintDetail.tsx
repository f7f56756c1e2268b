/** STUB (lead): replaced by the workflow slice. Shows one complaint: state, limits, history and the steps the signed-in person may take. */
export function ComplaintDetail(_props: { readonly complaintId: string; readonly onClose?: (() => void) | undefined }) {
  return null;
}
