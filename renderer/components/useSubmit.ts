import { useCallback, useRef, useState } from 'react';
import { ZodError } from 'zod';
import { fieldErrors } from '../../shared/schema/common';
import { DeskError } from '../db/errors';

export interface SubmitErrors {
  /** i18n codes per field. */
  readonly fields: Readonly<Record<string, string>>;
  /** A message for the whole form (i18n code + params). */
  readonly form?: { readonly code: string; readonly params?: Readonly<Record<string, string | number>> } | undefined;
  /** Values for the field message, e.g. the number that was not found. */
  readonly params?: Readonly<Record<string, string | number>> | undefined;
}

const NO_ERRORS: SubmitErrors = { fields: {} };

/**
 * Runs a form's action once at a time: a double click or a scanner bounce
 * while it runs is ignored. Schema and desk errors become field messages;
 * anything unexpected becomes a form message, never a crash.
 */
export function useSubmit<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const running = useRef(false);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<SubmitErrors>(NO_ERRORS);

  const submit = useCallback(
    async (...args: A): Promise<R | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setPending(true);
      setErrors(NO_ERRORS);
      try {
        return await action(...args);
      } catch (error) {
        setErrors(toSubmitErrors(error));
        return undefined;
      } finally {
        running.current = false;
        setPending(false);
      }
    },
    [action],
  );

  return { submit, pending, errors, setErrors, clearErrors: () => setErrors(NO_ERRORS) };
}

export function toSubmitErrors(error: unknown): SubmitErrors {
  if (error instanceof ZodError) return { fields: fieldErrors(error) };
  if (error instanceof DeskError) {
    return error.field
      ? { fields: { [error.field]: error.code }, params: error.params }
      : { fields: {}, form: { code: error.code, params: error.params } };
  }
  console.error(error);
  return { fields: {}, form: { code: 'error.unexpected' } };
}
