import { useCallback, useState, type FormEvent } from 'react';
import { toSubmitErrors, useSubmit, type SubmitErrors } from '../../../components/useSubmit';

/**
 * A settings form that checks what was typed with its schema (errors at the
 * fields, nothing asked), then asks to confirm, then saves once and says so.
 * A rule change moves every running deadline: never saved by a stray Enter.
 */
export function useConfirmedSave(check: () => void, save: () => Promise<void>) {
  const [asking, setAsking] = useState(false);
  const [saved, setSaved] = useState(false);
  const [checkErrors, setCheckErrors] = useState<SubmitErrors>();
  const submission = useSubmit(async () => {
    await save();
    setSaved(true);
  });
  // Stable, so cells that call it on change can skip re-rendering.
  const touched = useCallback(() => setSaved(false), []);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    submission.clearErrors();
    try {
      check();
      setCheckErrors(undefined);
      setAsking(true);
    } catch (error) {
      setCheckErrors(toSubmitErrors(error));
    }
  };
  return {
    onSubmit,
    asking,
    closeAsk: () => setAsking(false),
    confirm: () => void submission.submit(),
    errors: checkErrors ?? submission.errors,
    saved,
    pending: submission.pending,
    /** The form changed after a save: the saved notice no longer describes it. */
    touched,
  };
}
