import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useServices } from '../../app/services';
import { PrintButtons } from '../printing/PrintButtons';

/** Print or reprint (补打) a return slip; the print count stays live. `children`: more buttons in the same row. */
export function ReturnSlipButtons({ returnId, children }: { readonly returnId: string; readonly children?: ReactNode }) {
  const { db } = useServices();
  const record = useLiveQuery(() => db.returns.get(returnId), [db, returnId]);
  if (!record) return null;
  return <PrintButtons request={{ kind: 'returnSlip', input: { record }, record: { type: 'returnRecord', id: record.id, printCount: record.printCount } }}>{children}</PrintButtons>;
}
