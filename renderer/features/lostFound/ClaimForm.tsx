import { useState, type FormEvent } from 'react';
import type { LostItem } from '../../../shared/domain/storage/lostFound';
import { lostItemClaimInput } from '../../../shared/schema/storage';
import { useDeskContext } from '../../app/useDeskContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { claimLostItem } from '../../db/storage/lostFound';
import { useT } from '../../i18n';

const EMPTY = { claimantName: '', phone: '', identityNote: '' };
type ClaimFields = typeof EMPTY;

/**
 * The owner claims the item. The identity check is checked first, then the
 * clerk confirms handing it over: a claim cannot be undone.
 */
export function ClaimForm({ item }: { readonly item: LostItem }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [form, setForm] = useState<ClaimFields>(EMPTY);
  const [confirming, setConfirming] = useState(false);
  const raw = { itemId: item.id, ...form };
  const check = useSubmit(() => {
    lostItemClaimInput.parse(raw);
    setConfirming(true);
    return Promise.resolve();
  });
  const claim = useSubmit(async () => {
    await claimLostItem(ctx, raw);
  });
  const bind = (name: keyof ClaimFields) => ({
    name,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
    error: check.errors.fields[name] ?? claim.errors.fields[name],
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void check.submit();
  };

  return (
    <>
      <form className="form" onSubmit={onSubmit} aria-labelledby="lost-claim-title">
        <h3 id="lost-claim-title">{t('lostFound.claim.title')}</h3>
        <p className="muted">{t('lostFound.claim.intro')}</p>
        <div className="row">
          <Field label={t('lostFound.claim.name')} {...bind('claimantName')} />
          <Field label={t('lostFound.claim.phone')} type="tel" inputMode="tel" {...bind('phone')} />
        </div>
        <Field label={t('lostFound.claim.identityNote')} hint={t('lostFound.claim.identityHint')} {...bind('identityNote')} />
        <FormError code={claim.errors.form?.code} params={claim.errors.form?.params} />
        <div className="actions">
          <button type="submit" className="primary" disabled={check.pending || claim.pending}>
            {t('lostFound.claim.submit')}
          </button>
        </div>
      </form>
      {confirming && (
        <ConfirmDialog
          title={t('lostFound.claim.confirmTitle')}
          confirmLabel={t('lostFound.claim.confirm')}
          onConfirm={() => void claim.submit()}
          onClose={() => setConfirming(false)}
        >
          <p>{t('lostFound.claim.confirmBody', { number: item.number, description: item.description, name: form.claimantName.trim(), phone: form.phone.trim() })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
