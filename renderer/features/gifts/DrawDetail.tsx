import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { unawardedOf, verifyDraw } from '../../../shared/domain/gifts/draw';
import type { DrawWinner } from '../../../shared/domain/gifts/types';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { markPrizeHandedOut } from '../../db/gifts/draws';
import { useT } from '../../i18n';
import { PrintButtons } from '../printing/PrintButtons';
import { dateTime } from './giftText';
import { useStoreTimeZone } from './useGiftContext';

/** One recorded draw: seed, winners and their prizes, who collected, verification and the printout. */
export function DrawDetail({ drawId }: { readonly drawId: string }) {
  const { t } = useT();
  const { db } = useServices();
  const ctx = useDeskContext();
  const timeZone = useStoreTimeZone();
  const draw = useLiveQuery(() => db.draws.get(drawId), [db, drawId]);
  const [verified, setVerified] = useState<boolean>();
  const [marking, setMarking] = useState<DrawWinner>();
  const mark = useSubmit((w: DrawWinner) => markPrizeHandedOut(ctx, { drawId, participant: w.participant }));
  if (!draw) return null;
  const prizeOf = (tier: string) => draw.tiers.find((x) => x.name === tier)?.prize ?? '';
  return (
    <section className="panel" aria-labelledby={`draw-${draw.id}`}>
      <h2 id={`draw-${draw.id}`}>{t('gifts.draws.detail', { number: draw.number, name: draw.name })}</h2>
      <p>
        {dateTime(draw.drawn.at, timeZone)} · {t('gifts.draws.counts', { participants: draw.participants.length, winners: draw.winners.length })}
      </p>
      <p className="mono" data-testid="draw-seed">
        {t('gifts.draws.seedShown', { seed: draw.seed })}
      </p>
      <table aria-label={t('gifts.draws.col.winner')}>
        <thead>
          <tr>
            <th>{t('gifts.draws.col.tier')}</th>
            <th>{t('gifts.draws.col.prize')}</th>
            <th>{t('gifts.draws.col.winner')}</th>
            <th>{t('gifts.draws.col.state')}</th>
          </tr>
        </thead>
        <tbody>
          {draw.winners.map((w) => (
            <tr key={w.participant}>
              <td>{w.tier}</td>
              <td>{prizeOf(w.tier)}</td>
              <td className="mono">{w.participant}</td>
              <td>
                {draw.handedOut.includes(w.participant) ? (
                  t('gifts.draws.handedOut')
                ) : (
                  <button type="button" onClick={() => setMarking(w)} aria-label={t('gifts.draws.markHandedOut', { participant: w.participant })}>
                    {t('gifts.draws.notYet')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unawardedOf(draw).map((u) => (
        <p key={u.tier} className="notice notice--warn">
          {t('gifts.draws.unawarded', { tier: u.tier, count: u.count })}
        </p>
      ))}
      <FormError code={mark.errors.form?.code} params={mark.errors.form?.params} />
      {verified !== undefined && (
        <p className={`notice ${verified ? 'notice--ok' : 'notice--danger'}`} role="status">
          {verified ? t('gifts.draws.verified') : t('gifts.draws.mismatch')}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => setVerified(verifyDraw(draw).matches)}>
          {t('gifts.draws.verify')}
        </button>
      </div>
      <PrintButtons request={{ kind: 'drawResult', input: { draw }, record: { type: 'draw', id: draw.id, printCount: draw.printCount } }} label={t('gifts.draws.print')} />
      {marking && (
        <ConfirmDialog title={t('gifts.draws.markTitle')} onConfirm={() => void mark.submit(marking)} onClose={() => setMarking(undefined)}>
          <p>{t('gifts.draws.markBody', { participant: marking.participant, tier: marking.tier, prize: prizeOf(marking.tier) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
