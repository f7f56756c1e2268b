import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel?: string;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

/** Asks before anything that cannot be undone. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useT();
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="confirm-body">{children}</div>
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('action.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          {confirmLabel ?? t('action.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
