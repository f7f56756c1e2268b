import { useState } from 'react';
import { can } from '../../../shared/domain/staff';
import { useSession } from '../../app/session';
import { useT } from '../../i18n';
import { ReceiptConflicts } from './ReceiptConflicts';
import { RegisterReturnForm } from './RegisterReturnForm';
import { ReturnDetail } from './ReturnDetail';
import { ReturnLookup } from './ReturnLookup';

/** 退换货: register a return from the receipt, find earlier ones, reprint or reverse; conflicts for leads and supervisors. */
export function ReturnsScreen() {
  const { t } = useT();
  const role = useSession((s) => s.staff?.role);
  const [selectedId, setSelectedId] = useState<string>();
  return (
    <div>
      <h1>{t('returns.title')}</h1>
      {role && can(role, 'log.review') && <ReceiptConflicts />}
      <RegisterReturnForm />
      {selectedId && <ReturnDetail key={selectedId} returnId={selectedId} onClose={() => setSelectedId(undefined)} />}
      <ReturnLookup selectedId={selectedId} onSelect={setSelectedId} />
    </div>
  );
}
