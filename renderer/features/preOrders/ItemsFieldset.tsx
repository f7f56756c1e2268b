import { Field } from '../../components/Field';
import { nextFieldOnEnter } from '../../components/nextFieldOnEnter';
import type { SubmitErrors } from '../../components/useSubmit';
import { useT } from '../../i18n';
import { blankItem, type ItemFields } from './takeDraft';

interface ItemsFieldsetProps {
  readonly items: readonly ItemFields[];
  readonly change: (items: readonly ItemFields[]) => void;
  readonly errors: SubmitErrors;
}

/** The goods, one line each: name, whole quantity, a price where the department quoted one. Enter moves on, line by line. */
export function ItemsFieldset({ items, change, errors }: ItemsFieldsetProps) {
  const { t, tc } = useT();
  const set = (index: number, name: keyof ItemFields, value: string) => change(items.map((item, i) => (i === index ? { ...item, [name]: value } : item)));
  const field = (index: number, name: keyof ItemFields) => ({
    name: `items.${index}.${name}`,
    value: items[index]?.[name] ?? '',
    onChange: (e: { target: { value: string } }) => set(index, name, e.target.value),
    onKeyDown: nextFieldOnEnter,
    error: errors.fields[`items.${index}.${name}`],
    autoComplete: 'off',
  });
  return (
    <fieldset>
      <legend>{t('preOrders.items')}</legend>
      {items.map((_, i) => (
        // Lines have no identity of their own until saved: their place is their key.
        <div className="row po-item" key={i}>
          <Field label={t('preOrders.field.itemName', { n: i + 1 })} {...field(i, 'name')} />
          <Field label={t('preOrders.field.quantity', { n: i + 1 })} inputMode="numeric" {...field(i, 'quantity')} />
          <Field label={t('preOrders.field.unitPrice', { n: i + 1 })} inputMode="decimal" {...field(i, 'unitPrice')} />
          {items.length > 1 && (
            <button type="button" className="po-remove" onClick={() => change(items.filter((__, j) => j !== i))} aria-label={t('preOrders.removeItem', { n: i + 1 })}>
              ×
            </button>
          )}
        </div>
      ))}
      {errors.fields.items && (
        <p className="field__error" role="alert">
          {tc(errors.fields.items)}
        </p>
      )}
      <button type="button" onClick={() => change([...items, blankItem()])}>
        {t('preOrders.addItem')}
      </button>
    </fieldset>
  );
}
