import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { newId } from '../../../shared/domain/ids';
import { parseParticipants } from '../../../shared/domain/gifts/draw';
import type { Draw } from '../../../shared/domain/gifts/types';
import { drawInput, drawTierInput } from '../../../shared/schema/gifts';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { recordDraw } from '../../db/gifts/draws';
import { allCampaigns } from '../../db/gifts/queries';
import { useT } from '../../i18n';
import { CampaignPicker } from './CampaignPicker';
import { newDrawSeed } from './seed';

interface TierRow {
  readonly key: number;
  readonly name: string;
  readonly prize: string;
  readonly quantity: string;
}

/**
 * A draw for a marketing event: prize tiers with how many winners, the
 * participant list as pasted, and the seed shown before drawing. The draw
 * is recorded at once after a confirmation; it cannot be drawn again.
 */
export function DrawForm({ onDrawn }: { readonly onDrawn: (draw: Draw) => void }) {
  const { t, tc } = useT();
  const { db } = useServices();
  const ctx = useDeskContext();
  const titleId = useId();
  const participantsId = useId();
  const campaigns = useLiveQuery(() => allCampaigns(db), [db]);
  const [draftId, setDraftId] = useState(() => newId());
  const [name, setName] = useState('');
  const [campaignId, setCampaignId] = useState('');
  const [tiers, setTiers] = useState<readonly TierRow[]>([{ key: 1, name: '', prize: '', quantity: '1' }]);
  const [participants, setParticipants] = useState('');
  const [seed, setSeed] = useState(newDrawSeed);
  const [confirming, setConfirming] = useState(false);
  const parsed = useMemo(() => parseParticipants(participants), [participants]);
  const prizes = tiers.reduce((n, r) => n + (drawTierInput.shape.quantity.safeParse(r.quantity).data ?? 0), 0);
  const raw = { name, campaignId, tiers: tiers.map(({ name: n, prize, quantity }) => ({ name: n, prize, quantity })), participants, seed };

  const check = useSubmit(() => {
    drawInput.parse(raw);
    setConfirming(true);
    return Promise.resolve();
  });
  const draw = useSubmit(async () => {
    const done = await recordDraw(ctx, draftId, raw);
    setDraftId(newId());
    setSeed(newDrawSeed());
    onDrawn(done);
  });
  const errors = { ...draw.errors.fields, ...check.errors.fields };
  const setTier = (key: number, change: Partial<TierRow>) => setTiers((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void check.submit();
  };

  return (
    <form className="panel form" onSubmit={onSubmit} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('gifts.draws.new')}</h2>
      <div className="row">
        <Field label={t('gifts.draws.name')} name="name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} autoFocus />
        <CampaignPicker label={t('gifts.draws.campaign')} campaigns={campaigns ?? []} value={campaignId} onChange={setCampaignId} emptyLabel={t('gifts.draws.noCampaign')} />
      </div>
      <h3>{t('gifts.draws.tiers')}</h3>
      {tiers.map((r, i) => (
        <div key={r.key} className="gift-row">
          <Field label={t('gifts.draws.tierName', { index: i + 1 })} value={r.name} onChange={(e) => setTier(r.key, { name: e.target.value })} error={errors[`tiers.${i}.name`]} />
          <Field label={t('gifts.draws.tierPrize', { index: i + 1 })} value={r.prize} onChange={(e) => setTier(r.key, { prize: e.target.value })} error={errors[`tiers.${i}.prize`]} />
          <Field
            label={t('gifts.draws.tierQuantity', { index: i + 1 })}
            value={r.quantity}
            inputMode="numeric"
            onChange={(e) => setTier(r.key, { quantity: e.target.value })}
            error={errors[`tiers.${i}.quantity`]}
          />
          <button type="button" className="link" disabled={tiers.length === 1} onClick={() => setTiers((rows) => rows.filter((x) => x.key !== r.key))}>
            {t('gifts.draws.removeTier', { index: i + 1 })}
          </button>
        </div>
      ))}
      <div className="actions">
        <button type="button" onClick={() => setTiers((rows) => [...rows, { key: Math.max(...rows.map((x) => x.key)) + 1, name: '', prize: '', quantity: '1' }])}>
          {t('gifts.draws.addTier')}
        </button>
      </div>
      <div className={`field${errors.participants ? ' field--error' : ''}`}>
        <label htmlFor={participantsId}>{t('gifts.draws.participants')}</label>
        <textarea
          id={participantsId}
          className="participants"
          name="participants"
          value={participants}
          onChange={(e) => setParticipants(e.target.value)}
          spellCheck={false}
          aria-invalid={errors.participants ? true : undefined}
        />
        <small className="field__hint" data-testid="participant-count">
          {t('gifts.draws.participantCount', { count: parsed.participants.length })}
          {parsed.duplicates.length > 0 && t('gifts.draws.duplicates', { count: parsed.duplicates.length, list: parsed.duplicates.slice(0, 5).join(', ') })}
        </small>
        {errors.participants && (
          <small className="field__error" role="alert">
            {tc(errors.participants)}
          </small>
        )}
      </div>
      {parsed.participants.length > 0 && parsed.participants.length < prizes && (
        <p className="notice notice--warn">{t('gifts.draws.fewer', { participants: parsed.participants.length, prizes })}</p>
      )}
      <div className="gift-row">
        <Field label={t('gifts.draws.seed')} name="seed" value={seed} onChange={(e) => setSeed(e.target.value)} error={errors.seed} className="mono" spellCheck={false} />
        <button type="button" onClick={() => setSeed(newDrawSeed())}>
          {t('gifts.draws.newSeed')}
        </button>
      </div>
      {errors.tiers && <FormError code={errors.tiers} />}
      <FormError code={draw.errors.form?.code} params={draw.errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={check.pending || draw.pending}>
          {t('gifts.draws.submit')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog title={t('gifts.draws.confirmTitle')} confirmLabel={t('gifts.draws.confirm')} onConfirm={() => void draw.submit()} onClose={() => setConfirming(false)}>
          <p>{t('gifts.draws.confirmBody', { name: name.trim(), participants: parsed.participants.length, prizes, seed: seed.trim() })}</p>
          {parsed.participants.length < prizes && <p className="notice notice--warn">{t('gifts.draws.fewer', { participants: parsed.participants.length, prizes })}</p>}
        </ConfirmDialog>
      )}
    </form>
  );
}
