import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';

interface PrintPreviewDialogProps {
  readonly html: string;
  readonly onPrint?: () => void;
  readonly onClose: () => void;
}

/** Shows the printout exactly as it will print; the frame runs no scripts (same origin only so the bundled font loads). */
export function PrintPreviewDialog({ html, onPrint, onClose }: PrintPreviewDialogProps) {
  const { t } = useT();
  return (
    <Dialog title={t('print.preview.title')} onClose={onClose} wide>
      <iframe className="preview-frame" title={t('print.preview.title')} sandbox="allow-same-origin" srcDoc={html} />
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('action.close')}
        </button>
        {onPrint && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              onPrint();
              onClose();
            }}
          >
            {t('action.print')}
          </button>
        )}
      </div>
    </Dialog>
  );
}
