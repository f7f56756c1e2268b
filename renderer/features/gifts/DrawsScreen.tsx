import { useState } from 'react';
import { useT } from '../../i18n';
import { DrawDetail } from './DrawDetail';
import { DrawForm } from './DrawForm';
import { DrawList } from './DrawList';
import './gifts.css';

/** 抽奖: a seeded, recorded, re-checkable draw for a marketing event, and the prizes handed out. */
export function DrawsScreen() {
  const { t } = useT();
  const [selectedId, setSelectedId] = useState<string>();
  return (
    <div className="wide">
      <h1>{t('gifts.draws.title')}</h1>
      <DrawForm onDrawn={(d) => setSelectedId(d.id)} />
      {selectedId && <DrawDetail key={selectedId} drawId={selectedId} />}
      <DrawList selectedId={selectedId} onSelect={setSelectedId} />
    </div>
  );
}
