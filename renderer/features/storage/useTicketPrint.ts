import { useCallback, useState } from 'react';
import type { PrintJobResult } from '../../../shared/schema/print';
import type { StorageItem } from '../../../shared/domain/storage/types';
import { useStoragePolicy } from '../../app/useDeskContext';
import { renderStorageTicket } from '../../print/storageTicket';
import { usePrinter, type PrintRequest } from '../printing/usePrinter';

/** Printing, reprinting (补打) and previewing one claim ticket. */
export function useTicketPrint() {
  const { print, preview } = usePrinter();
  const policy = useStoragePolicy();
  const [result, setResult] = useState<PrintJobResult>();
  const [previewHtml, setPreviewHtml] = useState<string>();

  const request = useCallback(
    (item: StorageItem): PrintRequest => ({
      kind: 'storageTicket',
      record: { type: 'storage', id: item.id, printCount: item.printCount },
      render: (ctx, paper) => renderStorageTicket(item, ctx, paper, policy.overdueDays),
    }),
    [policy.overdueDays],
  );

  const printTicket = useCallback(async (item: StorageItem) => setResult(await print(request(item))), [print, request]);
  const previewTicket = useCallback(async (item: StorageItem) => setPreviewHtml((await preview(request(item))).html), [preview, request]);

  return { printTicket, previewTicket, result, clearResult: () => setResult(undefined), previewHtml, closePreview: () => setPreviewHtml(undefined) };
}
