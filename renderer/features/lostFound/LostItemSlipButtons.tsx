import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { PrintButtons } from '../printing/PrintButtons';

/** Print or reprint (补打) a lost item's registration slip; the print count stays live. */
export function RegisteredSlip({ itemId }: { readonly itemId: string }) {
  const { db } = useServices();
  const item = useLiveQuery(() => db.lostItems.get(itemId), [db, itemId]);
  if (!item) return null;
  return <PrintButtons request={{ kind: 'lostItemSlip', input: { item }, record: { type: 'lostItem', id: item.id, printCount: item.printCount } }} />;
}
