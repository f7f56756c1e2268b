import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useT } from '../i18n';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  readonly label: string;
  /** i18n code of the error to show at the field. */
  readonly error?: string | undefined;
  readonly errorParams?: Readonly<Record<string, string | number>> | undefined;
  readonly hint?: string | undefined;
  readonly children?: ReactNode;
}

/** A labelled input with its error under it, linked for screen readers and tests. */
export function Field({ label, error, errorParams, hint, children, ...input }: FieldProps) {
  const id = useId();
  const { tc } = useT();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children ?? <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />}
      {hint && !error && (
        <small id={`${id}-hint`} className="field__hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="field__error" role="alert">
          {tc(error, errorParams)}
        </small>
      )}
    </div>
  );
}

interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly error?: string | undefined;
  readonly name?: string;
}

export function SelectField({ label, value, onChange, options, error, name }: SelectFieldProps) {
  const id = useId();
  const { tc } = useT();
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <small className="field__error" role="alert">
          {tc(error)}
        </small>
      )}
    </div>
  );
}

/** A message for the whole form (not one field). */
export function FormError({ code, params }: { code?: string | undefined; params?: Readonly<Record<string, string | number>> | undefined }) {
  const { tc } = useT();
  if (!code) return null;
  return (
    <p className="form-error" role="alert">
      {tc(code, params)}
    </p>
  );
}
