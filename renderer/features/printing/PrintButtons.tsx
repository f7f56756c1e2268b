import type { ReactNode } from 'react';
import type { PrintKind } from '../../../shared/schema/print';
import { useT } from '../../i18n';
import { PrintPreviewDialog } from './PrintPreviewDialog';
import { PrintResultNotice } from './PrintResultNotice';
import { usePrintAction } from './usePrintAction';
import type { PrintRequest } from './usePrinter';

interface PrintButtonsProps<K extends PrintKind> {
  readonly request: PrintRequest<K>;
  /** Text of the print button; a record printed before shows 补打 (reprint). */
  readonly label?: string;
  /** More buttons of the same screen (e.g. next customer), in the same row. */
  readonly children?: ReactNode;
  /** The screen's own print action, when it printed on save: its result is shown and its reprints go through it. */
  readonly action?: ReturnType<typeof usePrintAction>;
}

/** Preview and print (or reprint) one printout, with what happened to the job. */
export function PrintButtons<K extends PrintKind>({ request, label, children, action: screenAction }: PrintButtonsProps<K>) {
  const { t } = useT();
  const ownAction = usePrintAction();
  const action = screenAction ?? ownAction;
  const printedBefore = (request.record?.printCount ?? 0) > 0;
  return (
    <>
      <PrintResultNotice result={action.result} />
      <div className="actions">
        <button type="button" onClick={() => void action.preview(request)}>
          {t('action.preview')}
        </button>
        <button type="button" onClick={() => void action.print(request)}>
          {label ?? (printedBefore ? t('action.reprint') : t('action.print'))}
        </button>
        {children}
      </div>
      {action.previewHtml && <PrintPreviewDialog html={action.previewHtml} onClose={action.closePreview} onPrint={() => void action.print(request)} />}
    </>
  );
}
