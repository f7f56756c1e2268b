import { useEffect, useRef } from 'react';
import { SKILLS } from '../../../../shared/domain/service/types';
import { MAX_CONTRACT_PRODUCTS } from '../../../../shared/schema/contract';
import { Field, SelectField } from '../../../components/Field';
import { nextFieldOnEnter } from '../../../components/nextFieldOnEnter';
import { useT } from '../../../i18n';
import { blankProduct, type ProductFields } from './contractDraft';

interface ProductRowsProps {
  readonly products: readonly ProductFields[];
  readonly onChange: (products: readonly ProductFields[]) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/**
 * The products the contract covers, one row each (1 to 10). Adding a row
 * puts the keyboard in its kind; removing one puts it in the row before (or
 * on the add button), so the clerk never reaches for the mouse.
 */
export function ProductRows({ products, onChange, errors }: ProductRowsProps) {
  const { t, tc } = useT();
  const box = useRef<HTMLFieldSetElement>(null);
  // The row to put the keyboard in once the rows have rendered (-1: the add button).
  const focusRow = useRef<number>(undefined);
  useEffect(() => {
    if (focusRow.current === undefined) return;
    const selects = box.current?.querySelectorAll<HTMLSelectElement>('select');
    (selects?.[focusRow.current] ?? box.current?.querySelector<HTMLButtonElement>('button[name="addProduct"]'))?.focus();
    focusRow.current = undefined;
  });
  const set = (index: number, patch: Partial<ProductFields>) => onChange(products.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const add = () => {
    onChange([...products, blankProduct]);
    focusRow.current = products.length;
  };
  const remove = (index: number) => {
    onChange(products.filter((_, i) => i !== index));
    focusRow.current = index > 0 ? index - 1 : products.length > 1 ? 0 : -1;
  };
  const error = (i: number, name: keyof ProductFields) => errors[`products.${i}.${name}`];
  return (
    <fieldset ref={box} className="ct-products">
      <legend>{t('contracts.section.products')}</legend>
      {products.map((p, i) => (
        <div className="row" key={i}>
          <SelectField
            label={t('contracts.field.productKind', { n: i + 1 })}
            value={p.kind}
            onChange={(kind) => set(i, { kind })}
            options={[{ value: '', label: t('service.pick') }, ...SKILLS.map((s) => ({ value: s, label: t(`service.skill.${s}`) }))]}
            error={error(i, 'kind')}
          />
          <Field label={t('contracts.field.productName', { n: i + 1 })} autoComplete="off" value={p.name} onChange={(e) => set(i, { name: e.target.value })} error={error(i, 'name')} />
          <Field label={t('contracts.field.model', { n: i + 1 })} autoComplete="off" spellCheck={false} onKeyDown={nextFieldOnEnter} value={p.model} onChange={(e) => set(i, { model: e.target.value })} error={error(i, 'model')} />
          <Field label={t('contracts.field.serial', { n: i + 1 })} autoComplete="off" spellCheck={false} onKeyDown={nextFieldOnEnter} value={p.serial} onChange={(e) => set(i, { serial: e.target.value })} error={error(i, 'serial')} />
          <button type="button" className="link" onClick={() => remove(i)} aria-label={t('contracts.removeProduct', { n: i + 1 })}>
            ✕
          </button>
        </div>
      ))}
      {errors.products && (
        <p className="field__error" role="alert">
          {tc(errors.products, { max: MAX_CONTRACT_PRODUCTS })}
        </p>
      )}
      <button type="button" name="addProduct" onClick={add} disabled={products.length >= MAX_CONTRACT_PRODUCTS}>
        {t('contracts.addProduct')}
      </button>
    </fieldset>
  );
}
