import { useId, useState, type ChangeEvent } from 'react';
import { useT } from '../../../../i18n';

/** A form of text values: the values and `text(name)` to bind an input or textarea. */
export function useTextFields<F extends Record<string, string>>(initial: F | (() => F)) {
  const [values, setValues] = useState<F>(initial);
  const set = (name: keyof F, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const text = (name: keyof F & string) => ({
    name,
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(name, e.target.value),
  });
  return { values, set, text };
}

function FieldError({ id, error }: { readonly id: string; readonly error: string | undefined }) {
  const { tc } = useT();
  if (!error) return null;
  return (
    <small id={id} className="field__error" role="alert">
      {tc(error)}
    </small>
  );
}

interface TextAreaFieldProps {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly onChange: (e: ChangeEvent<HTMLTextAreaElement>) => void;
  readonly error?: string | undefined;
  readonly autoFocus?: boolean;
}

/** A labelled textarea with its error under it. */
export function TextAreaField({ label, error, ...area }: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={2} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...area} />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

interface ChoiceFieldProps<V extends string> {
  readonly legend: string;
  readonly name: string;
  readonly value: V | '';
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly onChange: (value: V) => void;
  readonly error?: string | undefined;
  readonly autoFocus?: boolean;
}

/** One of a few choices as radio buttons: all visible, arrow keys move between them. */
export function ChoiceField<V extends string>({ legend, name, value, options, onChange, error, autoFocus }: ChoiceFieldProps<V>) {
  const id = useId();
  return (
    <fieldset className={`field cd-choices${error ? ' field--error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((o, i) => (
        <label key={o.value} className="cd-choice">
          <input type="radio" name={`${id}-${name}`} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} autoFocus={autoFocus && i === 0} />
          {o.label}
        </label>
      ))}
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

interface CheckFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly error?: string | undefined;
  readonly autoFocus?: boolean;
}

/** A checkbox with its label and error. */
export function CheckField({ label, checked, onChange, error, autoFocus }: CheckFieldProps) {
  const id = useId();
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="cd-choice">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {label}
      </label>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
