import { useId, type TextareaHTMLAttributes } from 'react';
import { useT } from '../../../i18n';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  readonly label: string;
  /** i18n code of the error to show at the field. */
  readonly error?: string | undefined;
}

/** A labelled textarea with its error under it, linked for screen readers and tests (the customer's own words). */
export function TextAreaField({ label, error, ...area }: TextAreaFieldProps) {
  const id = useId();
  const { tc } = useT();
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={3} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...area} />
      {error && (
        <small id={`${id}-error`} className="field__error" role="alert">
          {tc(error)}
        </small>
      )}
    </div>
  );
}
