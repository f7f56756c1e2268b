import { useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { useSubmit } from './useSubmit';

/** Text fields only: works for interfaces and type aliases alike. */
type TextFields<F> = { readonly [K in keyof F]: string };

/** What the action may do to the form, e.g. start over after a success. */
export interface FormControls<F> {
  /** Back to the initial value (a function initial is called again), or to `next`. */
  readonly reset: (next?: F) => void;
  readonly setForm: Dispatch<SetStateAction<F>>;
}

/**
 * A form of text fields: its values, `bind(name)` for a Field (value,
 * change, the error at that field), and `onSubmit` that runs the action
 * once at a time (see useSubmit).
 *
 * `initial` may be a function, called for the first value and again on each
 * `reset()` (e.g. a field that defaults to the time now). The action gets the
 * form and its controls, so it can reset the form after a success.
 */
export function useForm<F extends TextFields<F>, R>(initial: F | (() => F), action: (form: F, controls: FormControls<F>) => Promise<R>) {
  const [form, setForm] = useState<F>(initial);
  const reset = (next?: F) => setForm(next ?? (typeof initial === 'function' ? initial() : initial));
  const submission = useSubmit(() => action(form, { reset, setForm }));
  const bind = (name: keyof F & string) => ({
    name,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
    error: submission.errors.fields[name],
    errorParams: submission.errors.params,
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submission.submit();
  };
  return { ...submission, form, setForm, bind, onSubmit, reset };
}
