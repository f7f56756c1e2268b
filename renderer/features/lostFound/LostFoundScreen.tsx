import { useState } from 'react';
import { useT } from '../../i18n';
import { LostItemDetail } from './LostItemDetail';
import { LostItemList } from './LostItemList';
import { RegisterLostItemForm } from './RegisterLostItemForm';

/** 失物招领: register what is handed in, find it again, hand it back or dispose of it. */
export function LostFoundScreen() {
  const { t } = useT();
  const [selectedId, setSelectedId] = useState<string>();
  return (
    <div>
      <h1>{t('lostFound.title')}</h1>
      <RegisterLostItemForm />
      {selectedId && <LostItemDetail key={selectedId} itemId={selectedId} onClose={() => setSelectedId(undefined)} />}
      <LostItemList selectedId={selectedId} onSelect={setSelectedId} />
    </div>
  );
}
