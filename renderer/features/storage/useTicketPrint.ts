import { useCallback } from 'react';
import type { StorageItem } from '../../../shared/domain/storage/types';
import { useStoragePolicy } from '../../app/useDeskContext';
import { usePrintAction } from '../printing/usePrintAction';
import type { PrintRequest } from '../printing/usePrinter';

/** Printing, reprinting (补打) and previewing one claim ticket. */
export function useTicketPrint() {
  const action = usePrintAction();
  const { overdueDays } = useStoragePolicy();
  const request = useCallback(
    (item: StorageItem): PrintRequest<'storageTicket'> => ({
      kind: 'storageTicket',
      input: { item, overdueDays },
      record: { type: 'storage', id: item.id, printCount: item.printCount },
    }),
    [overdueDays],
  );
  const { print, preview } = action;
  const printTicket = useCallback((item: StorageItem) => print(request(item)), [print, request]);
  const previewTicket = useCallback((item: StorageItem) => preview(request(item)), [preview, request]);
  return { ...action, printTicket, previewTicket };
}
