import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useServices } from '../../../app/services';
import { readWorkshopGoods } from '../../../db/service/workshopQueries';
import { useT } from '../../../i18n';
import { GoodsIn } from './GoodsIn';
import { GoodsOut } from './GoodsOut';
import { WorkshopGoods } from './WorkshopGoods';
import '../service.css';

const TASKS = ['in', 'goods', 'out'] as const;
type Task = (typeof TASKS)[number];

/**
 * 维修间: goods a technician took back for repair — in against a goods
 * receipt, the goods in the workshop with their repair card and the
 * supervisor's check, and out to the customer, the receipt voided.
 */
export function WorkshopScreen() {
  const { t } = useT();
  const { db } = useServices();
  const [task, setTask] = useState<Task>('goods');
  const [notice, setNotice] = useState<string>();
  const goods = useLiveQuery(() => readWorkshopGoods(db), [db]);
  const section = useRef<HTMLElement>(null);
  const returned = (text: string) => {
    setNotice(text);
    // Back to the scan field for the next customer's receipt.
    section.current?.querySelector<HTMLInputElement>('input[name="scan"]')?.focus();
  };
  const choose = (next: Task) => {
    setNotice(undefined);
    setTask(next);
  };
  return (
    <section ref={section} className="panel" aria-labelledby="workshop-title">
      <h1 id="workshop-title">{t('workshop.title')}</h1>
      <div className="actions" role="group" aria-label={t('workshop.tasks')} style={{ justifyContent: 'flex-start' }}>
        {TASKS.map((k) => (
          <button key={k} type="button" aria-pressed={task === k} className={task === k ? 'primary' : undefined} onClick={() => choose(k)}>
            {t(`workshop.task.${k}`, { count: goods?.length ?? 0 })}
          </button>
        ))}
      </div>
      {notice && (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      )}
      {task === 'in' && <GoodsIn />}
      {task === 'goods' && goods && <WorkshopGoods goods={goods} onSaved={setNotice} />}
      {task === 'out' && <GoodsOut onDone={returned} />}
    </section>
  );
}
