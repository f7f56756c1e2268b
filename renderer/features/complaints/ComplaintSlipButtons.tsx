import type { ReactNode } from 'react';
import type { Complaint } from '../../../shared/domain/complaints/state';
import { useT } from '../../i18n';
import { PrintButtons } from '../printing/PrintButtons';

/** Print the acknowledgment slip, or reprint it (补打) with the reply time promised when the complaint was recorded; `children`: more buttons in the same row. */
export function ComplaintSlipButtons({ complaint, children }: { readonly complaint: Complaint; readonly children?: ReactNode }) {
  const { t } = useT();
  return (
    <PrintButtons
      request={{
        kind: 'complaintSlip',
        input: { complaint, promisedReplyAt: complaint.promisedReplyAt },
        record: { type: 'complaint', id: complaint.id, printCount: complaint.printCount },
      }}
      label={complaint.printCount > 0 ? undefined : t('complaints.intake.printSlip')}
    >
      {children}
    </PrintButtons>
  );
}
