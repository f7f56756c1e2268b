import { formatYuan } from '../../../shared/domain/money';
import { LINE_DISPOSITIONS, type ReturnPolicy } from '../../../shared/domain/returns/types';
import { Field, SelectField } from '../../components/Field';
import type { SubmitErrors } from '../../components/useSubmit';
import { useT } from '../../i18n';
import { blankLine, liveAmount, type LineDraft, type LineField } from './draft';

interface ReturnLinesEditorProps {
  readonly lines: readonly LineDraft[];
  readonly onChange: (lines: LineDraft[]) => void;
  readonly policy: ReturnPolicy;
  readonly errors: SubmitErrors;
}

/** The returned items: one fieldset per line, the amount computed exactly from quantity and price. */
export function ReturnLinesEditor({ lines, onChange, policy, errors }: ReturnLinesEditorProps) {
  const { t } = useT();
  const set = (index: number, field: LineField, value: string) => onChange(lines.map((l, i) => (i === index ? { ...l, [field]: value } : l)));
  const categoryOptions = [
    { value: '', label: t('returns.field.choose') },
    ...policy.categories.map((c) => ({
      value: c.code,
      label: `${c.name}${c.nonReturnable ? ` · ${t('returns.policyPanel.nonReturnable')}` : ''}${c.durable ? ` · ${t('returns.policyPanel.durable')}` : ''}`,
    })),
  ];
  return (
    <div className="form">
      {lines.map((line, i) => {
        const err = (field: LineField) => errors.fields[`lines.${i}.${field}`];
        const field = (name: LineField) => ({
          name: `lines.${i}.${name}`,
          value: line[name],
          onChange: (e: { target: { value: string } }) => set(i, name, e.target.value),
          error: err(name),
          errorParams: errors.params,
        });
        const amount = liveAmount(line);
        return (
          <fieldset key={line.key} className="panel" aria-label={t('returns.line.legend', { index: i + 1 })}>
            <legend>{t('returns.line.legend', { index: i + 1 })}</legend>
            <div className="row">
              <Field label={t('returns.line.sku')} autoComplete="off" spellCheck={false} readOnly={line.fromReceipt} {...field('sku')} />
              <Field label={t('returns.line.name')} readOnly={line.fromReceipt} {...field('name')} />
              <SelectField label={t('returns.line.category')} name={`lines.${i}.category`} value={line.category} onChange={(v) => set(i, 'category', v)} options={categoryOptions} error={err('category')} />
            </div>
            <div className="row">
              <Field label={t('returns.line.quantityBought')} inputMode="numeric" readOnly={line.fromReceipt} {...field('quantityBought')} />
              <Field label={t('returns.line.quantity')} inputMode="numeric" {...field('quantity')} />
              <Field label={t('returns.line.unitPrice')} inputMode="decimal" readOnly={line.fromReceipt} {...field('unitPrice')} />
              <SelectField
                label={t('returns.line.disposition')}
                name={`lines.${i}.disposition`}
                value={line.disposition}
                onChange={(v) => set(i, 'disposition', v)}
                options={LINE_DISPOSITIONS.map((d) => ({ value: d, label: t(`returns.disposition.${d}`) }))}
                error={err('disposition')}
              />
            </div>
            <div className="actions">
              <strong className="big-number" aria-live="polite">
                {amount === undefined ? '' : t('returns.line.amount', { amount: formatYuan(amount) })}
              </strong>
              {lines.length > 1 && (
                <button type="button" onClick={() => onChange(lines.filter((_, j) => j !== i))}>
                  {t('returns.line.remove', { index: i + 1 })}
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" onClick={() => onChange([...lines, blankLine()])}>
          {t('returns.line.add')}
        </button>
      </div>
    </div>
  );
}
