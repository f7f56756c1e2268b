import { Field } from '../../components/Field';
import { useT } from '../../i18n';

export interface PartRow {
  readonly name: string;
  readonly quantity: string;
}

interface PartsFieldsetProps {
  readonly parts: readonly PartRow[];
  readonly onChange: (parts: readonly PartRow[]) => void;
  /** Field messages by path ("parts.0.name"). */
  readonly errors: Readonly<Record<string, string>>;
}

/** Parts used, one row each (name, quantity typed), added and removed by the keyboard. */
export function PartsFieldset({ parts, onChange, errors }: PartsFieldsetProps) {
  const { t } = useT();
  const setPart = (index: number, patch: Partial<PartRow>) => onChange(parts.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <fieldset className="svc-parts">
      <legend>{t('service.field.parts')}</legend>
      {parts.length === 0 && <p className="muted">{t('service.visit.noParts')}</p>}
      {parts.map((part, i) => (
        <div className="row" key={i}>
          <Field
            label={`${t('service.field.partName')} ${i + 1}`}
            autoFocus={i === parts.length - 1 && part.name === ''}
            autoComplete="off"
            value={part.name}
            onChange={(e) => setPart(i, { name: e.target.value })}
            error={errors[`parts.${i}.name`]}
          />
          <Field
            label={`${t('service.field.partQuantity')} ${i + 1}`}
            inputMode="numeric"
            autoComplete="off"
            value={part.quantity}
            onChange={(e) => setPart(i, { quantity: e.target.value })}
            error={errors[`parts.${i}.quantity`]}
          />
          <button type="button" className="link" onClick={() => onChange(parts.filter((_, n) => n !== i))} aria-label={t('service.visit.removePart', { n: i + 1 })}>
            ✕
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...parts, { name: '', quantity: '1' }])}>
        {t('service.visit.addPart')}
      </button>
    </fieldset>
  );
}
