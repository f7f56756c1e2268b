import { useState } from 'react';
import { DEFAULT_POINTS_RULE, type PointsRule } from '../../../../shared/domain/complaints/responsibility';
import { pointsRuleInput } from '../../../../shared/schema/complaints';
import { useDeskContext } from '../../../app/useDeskContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Field, FormError, SelectField } from '../../../components/Field';
import { savePointsRule } from '../../../db/complaints/settings';
import { useT } from '../../../i18n';
import { pointsRuleText } from '../responsibility/pointsRuleText';
import { useConfirmedSave } from './useConfirmedSave';

type RuleFields = { readonly [K in keyof PointsRule]: string };

const toFields = (r: PointsRule): RuleFields => ({
  basePoints: String(r.basePoints),
  repeat: r.repeat,
  supervisorShareFrom: String(r.supervisorShareFrom),
  supervisorSharePercent: String(r.supervisorSharePercent),
});

/** 绩效扣分规则: base points, how repeats in a month count, and the direct supervisor's share. */
export function PointsRulePanel({ initial }: { readonly initial: PointsRule }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [fields, setFields] = useState<RuleFields>(() => toFields(initial));
  const form = useConfirmedSave(
    () => pointsRuleInput.parse(fields),
    async () => {
      await savePointsRule(ctx, fields);
    },
  );
  const set = (name: keyof RuleFields, value: string) => {
    form.touched();
    setFields((f) => ({ ...f, [name]: value }));
  };
  const field = (name: Exclude<keyof RuleFields, 'repeat'>) => ({
    name,
    inputMode: 'numeric' as const,
    value: fields[name],
    error: form.errors.fields[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
  });
  const parsed = pointsRuleInput.safeParse(fields);
  return (
    <form className="panel form" onSubmit={form.onSubmit} aria-labelledby="complaint-points-title" noValidate>
      <h2 id="complaint-points-title">{t('complaints.settings.points.title')}</h2>
      <p className="muted">{t('complaints.settings.points.default', { rule: pointsRuleText(DEFAULT_POINTS_RULE, t) })}</p>
      {form.saved && (
        <p className="notice notice--ok" role="status">
          {t('complaints.settings.points.saved')}
        </p>
      )}
      <div className="row">
        <Field label={t('complaints.settings.points.basePoints')} {...field('basePoints')} />
        <SelectField
          label={t('complaints.settings.points.repeat')}
          name="repeat"
          value={fields.repeat}
          onChange={(v) => set('repeat', v)}
          error={form.errors.fields.repeat}
          options={[
            { value: 'multiply', label: t('complaints.settings.points.repeat.multiply') },
            { value: 'flat', label: t('complaints.settings.points.repeat.flat') },
          ]}
        />
        <Field label={t('complaints.settings.points.shareFrom')} {...field('supervisorShareFrom')} />
        <Field label={t('complaints.settings.points.sharePercent')} {...field('supervisorSharePercent')} />
      </div>
      {parsed.success && <p>{t('complaints.settings.points.current', { rule: pointsRuleText(parsed.data, t) })}</p>}
      <FormError code={form.errors.form?.code} params={form.errors.form?.params} />
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            form.touched();
            setFields(toFields(DEFAULT_POINTS_RULE));
          }}
        >
          {t('complaints.settings.points.reset')}
        </button>
        <button type="submit" className="primary" disabled={form.pending}>
          {t('complaints.settings.points.save')}
        </button>
      </div>
      {form.asking && (
        <ConfirmDialog title={t('complaints.settings.points.confirmTitle')} confirmLabel={t('action.save')} onConfirm={form.confirm} onClose={form.closeAsk}>
          <p>{parsed.success ? pointsRuleText(parsed.data, t) : ''}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
