import { memo, useCallback, useState } from 'react';
import { DEFAULT_DEADLINE_POLICY, LIMIT_UNITS, POLICY_LIMIT_KEYS, type LimitUnit, type PolicyLimitKey } from '../../../../shared/domain/complaints/policy';
import type { ComplaintRules } from '../../../../shared/domain/complaints/rules';
import { useDeskContext } from '../../../app/useDeskContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormError } from '../../../components/Field';
import { parsePolicyRows, saveComplaintPolicy } from '../../../db/complaints/settings';
import { useT } from '../../../i18n';
import { cellErrors, cellKey, cellsOf, POLICY_ROWS, rowsOf, type LimitCell, type PolicyCells } from './policyForm';
import { useConfirmedSave } from './useConfirmedSave';

type T = ReturnType<typeof useT>['t'];

export function limitName(key: PolicyLimitKey, t: T): string {
  return key === 'solutionMultiDepartment' ? t('complaints.settings.limit.solutionMultiDepartment') : t(`complaints.deadline.${key}`);
}

/** One limit: amount and unit. Memoized: typing in one cell re-renders that cell, not the table's 135. */
const Cell = memo(function Cell(props: {
  readonly cellKey: string;
  readonly label: string;
  readonly cell: LimitCell;
  readonly error: string | undefined;
  readonly onChange: (key: string, cell: LimitCell) => void;
}) {
  const { t, tc } = useT();
  const { cellKey: key, label, cell, error } = props;
  const onChange = (next: LimitCell) => props.onChange(key, next);
  return (
    <td className={error ? 'field--error' : undefined}>
      <input
        aria-label={label}
        inputMode="numeric"
        size={4}
        value={cell.amount}
        placeholder={t('complaints.settings.notTracked')}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange({ ...cell, amount: e.target.value })}
      />
      <select aria-label={t('complaints.settings.unitOf', { limit: label })} value={cell.unit} onChange={(e) => onChange({ ...cell, unit: e.target.value as LimitUnit })}>
        {LIMIT_UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`complaints.settings.unit.${u}`)}
          </option>
        ))}
      </select>
      {error && (
        <small className="field__error" role="alert">
          {tc(error)}
        </small>
      )}
    </td>
  );
});

/**
 * 投诉时限表: category x severity -> each limit's amount and unit. An empty
 * amount means the limit is not tracked for that row. Checked by the policy
 * schema before asking; saved as one store entry.
 */
export function PolicyTablePanel({ rules }: { readonly rules: ComplaintRules }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [cells, setCells] = useState<PolicyCells>(() => cellsOf(rules.policy));
  const [defaultsLoaded, setDefaultsLoaded] = useState(false);
  const form = useConfirmedSave(
    () => parsePolicyRows(rowsOf(cells), rules.policy.workingHours, ctx.session.timeZone),
    async () => {
      await saveComplaintPolicy(ctx, { rows: rowsOf(cells) });
      setDefaultsLoaded(false);
    },
  );
  const errors = cellErrors(form.errors.fields);
  const { touched } = form;
  const change = useCallback(
    (key: string, cell: LimitCell) => {
      touched();
      setCells((c) => ({ ...c, [key]: cell }));
    },
    [touched],
  );
  return (
    <form className="panel form" onSubmit={form.onSubmit} aria-labelledby="complaint-policy-title" noValidate>
      <h2 id="complaint-policy-title">{t('complaints.settings.policy.title')}</h2>
      <p className="muted">{t('complaints.settings.policy.hint')}</p>
      {form.saved && (
        <p className="notice notice--ok" role="status">
          {t('complaints.settings.policy.saved')}
        </p>
      )}
      {defaultsLoaded && (
        <p className="notice notice--warn" role="status">
          {t('complaints.settings.policy.defaultsLoaded')}
        </p>
      )}
      <div style={{ overflowX: 'auto' }}>
        <table aria-label={t('complaints.settings.policy.title')}>
          <thead>
            <tr>
              <th>{t('complaints.settings.col.category')}</th>
              <th>{t('complaints.settings.col.severity')}</th>
              {POLICY_LIMIT_KEYS.map((k) => (
                <th key={k}>{limitName(k, t)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {POLICY_ROWS.map(({ category, severity }, row) => (
              <tr key={`${category}/${severity}`}>
                <td>{t(`complaints.category.${category}`)}</td>
                <td>{t(`complaints.severity.${severity}`)}</td>
                {POLICY_LIMIT_KEYS.map((k) => {
                  const key = cellKey(row, k);
                  const cell = cells[key] ?? { amount: '', unit: 'hours' };
                  const label = t('complaints.settings.cell', {
                    category: t(`complaints.category.${category}`),
                    severity: t(`complaints.severity.${severity}`),
                    limit: limitName(k, t),
                  });
                  return <Cell key={k} cellKey={key} label={label} cell={cell} error={errors.cells[key]} onChange={change} />;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormError code={errors.table ?? form.errors.form?.code} params={form.errors.form?.params} />
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            form.touched();
            setCells(cellsOf(DEFAULT_DEADLINE_POLICY));
            setDefaultsLoaded(true);
          }}
        >
          {t('complaints.settings.policy.reset')}
        </button>
        <button type="submit" className="primary" disabled={form.pending}>
          {t('action.save')}
        </button>
      </div>
      {form.asking && (
        <ConfirmDialog title={t('complaints.settings.policy.confirmTitle')} confirmLabel={t('action.save')} onConfirm={form.confirm} onClose={form.closeAsk}>
          <p>{t('complaints.settings.policy.confirmText')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
