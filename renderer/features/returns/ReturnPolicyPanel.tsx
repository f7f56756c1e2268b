import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatYuan } from '../../../shared/domain/money';
import type { ProductCategory, ReturnPolicy } from '../../../shared/domain/returns/types';
import { returnPolicyOf } from '../../../shared/domain/store';
import { categoryInput } from '../../../shared/schema/returns';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { useForm } from '../../components/useForm';
import { changeReturnPolicy } from '../../db/returns/policy';
import { readStoreProfile } from '../../db/staff';
import { useT } from '../../i18n';

interface PolicyFields {
  readonly returnWindowDays: string;
  readonly approvalAmount: string;
  readonly newCode: string;
  readonly newName: string;
}

/** 退货政策 in settings (supervisors): return window, approval amount, categories that cannot be returned or are durable (三包). */
export function ReturnPolicyPanel() {
  const { db } = useServices();
  // null while loading: the form starts from what is saved, not from the defaults.
  const profile = useLiveQuery(() => readStoreProfile(db), [db], null);
  if (profile === null) return null;
  return <ReturnPolicyForm initial={returnPolicyOf(profile)} />;
}

function ReturnPolicyForm({ initial }: { readonly initial: ReturnPolicy }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [categories, setCategories] = useState<ProductCategory[]>(() => [...initial.categories]);
  const [saved, setSaved] = useState(false);
  const { bind, onSubmit, pending, errors, setForm, form, setErrors } = useForm<PolicyFields, void>(
    { returnWindowDays: String(initial.returnWindowDays), approvalAmount: formatYuan(initial.approvalAmountFen), newCode: '', newName: '' },
    async (fields) => {
      setSaved(false);
      await changeReturnPolicy(ctx, { returnWindowDays: fields.returnWindowDays, approvalAmount: fields.approvalAmount, categories });
      setSaved(true);
    },
  );
  const toggle = (code: string, flag: 'durable' | 'nonReturnable') => setCategories((cs) => cs.map((c) => (c.code === code ? { ...c, [flag]: !c[flag] } : c)));
  const add = () => {
    const parsed = categoryInput.safeParse({ code: form.newCode, name: form.newName, durable: false, nonReturnable: false });
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) fields[issue.path[0] === 'code' ? 'newCode' : 'newName'] ??= issue.message;
      setErrors({ fields });
      return;
    }
    if (categories.some((c) => c.code === parsed.data.code)) {
      setErrors({ fields: { newCode: 'error.duplicateCategory' } });
      return;
    }
    setCategories((cs) => [...cs, parsed.data]);
    setForm((f) => ({ ...f, newCode: '', newName: '' }));
    setErrors({ fields: {} });
  };
  return (
    <form className="panel form" onSubmit={onSubmit} aria-labelledby="settings-returns-title" noValidate>
      <h2 id="settings-returns-title">{t('returns.policyPanel.title')}</h2>
      {saved && (
        <p className="notice notice--ok" role="status">
          {t('returns.policyPanel.saved')}
        </p>
      )}
      <div className="row">
        <Field label={t('returns.policyPanel.windowDays')} hint={t('returns.policyPanel.windowDaysHint')} inputMode="numeric" {...bind('returnWindowDays')} />
        <Field label={t('returns.policyPanel.approvalAmount')} hint={t('returns.policyPanel.approvalAmountHint')} inputMode="decimal" {...bind('approvalAmount')} />
      </div>
      <table aria-label={t('returns.policyPanel.categories')}>
        <thead>
          <tr>
            <th>{t('returns.policyPanel.code')}</th>
            <th>{t('returns.policyPanel.name')}</th>
            <th>{t('returns.policyPanel.nonReturnable')}</th>
            <th>{t('returns.policyPanel.durable')}</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <tr key={c.code}>
              <td>{c.code}</td>
              <td>{c.name}</td>
              <td>
                <input type="checkbox" checked={c.nonReturnable} onChange={() => toggle(c.code, 'nonReturnable')} aria-label={t('returns.policyPanel.nonReturnableOf', { name: c.name })} />
              </td>
              <td>
                <input type="checkbox" checked={c.durable} onChange={() => toggle(c.code, 'durable')} aria-label={t('returns.policyPanel.durableOf', { name: c.name })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <Field label={t('returns.policyPanel.newCode')} autoComplete="off" {...bind('newCode')} />
        <Field label={t('returns.policyPanel.newName')} {...bind('newName')} />
        <div className="actions">
          <button type="button" onClick={add}>
            {t('returns.policyPanel.add')}
          </button>
        </div>
      </div>
      <FormError code={errors.form?.code ?? errors.fields.categories} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('action.save')}
        </button>
      </div>
    </form>
  );
}
