import { useCallback, useState } from 'react';
import type { PrintJobResult, PrintKind } from '../../../shared/schema/print';
import { usePrinter, type PrintRequest } from './usePrinter';

/** Print, reprint and preview for one screen: the last result and the preview HTML as state. */
export function usePrintAction() {
  const { print, preview } = usePrinter();
  const [result, setResult] = useState<PrintJobResult>();
  const [previewHtml, setPreviewHtml] = useState<string>();
  const printNow = useCallback(async <K extends PrintKind>(request: PrintRequest<K>) => setResult(await print(request)), [print]);
  const showPreview = useCallback(async <K extends PrintKind>(request: PrintRequest<K>) => setPreviewHtml((await preview(request)).html), [preview]);
  return {
    print: printNow,
    preview: showPreview,
    result,
    clearResult: () => setResult(undefined),
    previewHtml,
    closePreview: () => setPreviewHtml(undefined),
  };
}
