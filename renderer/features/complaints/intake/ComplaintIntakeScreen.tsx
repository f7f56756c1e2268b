import { useState } from 'react';
import { ZodError } from 'zod';
import { newId } from '../../../../shared/domain/ids';
import type { AttachmentFile } from '../../../../shared/schema/complaints';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { toSubmitErrors, useSubmit } from '../../../components/useSubmit';
import { DeskError } from '../../../db/errors';
import { previewComplaint, recordComplaint, type IntakePreview } from '../../../db/complaints/intake';
import { IntakeDone } from './IntakeDone';
import { IntakeForm } from './IntakeForm';
import { blankIntake, intakeFieldErrors, toRawIntake, type IntakeFields, type SetIntake } from './intakeDraft';
import { ReadBack } from './ReadBack';

/** The intake checked for the read back: what is saved when the customer confirms. */
interface Checked {
  readonly raw: ReturnType<typeof toRawIntake>;
  readonly preview: IntakePreview;
}

/**
 * 投诉受理 at the counter: type what the customer says, read it back to
 * them (with the promised reply time), save when they confirm, tell them the
 * number and print the acknowledgment slip if they want it. Going back to
 * edit keeps everything typed.
 */
export function ComplaintIntakeScreen() {
  const { clock } = useServices();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const [fields, setFields] = useState<IntakeFields>(() => blankIntake(clock.now(), timeZone));
  const [files, setFiles] = useState<readonly AttachmentFile[]>([]);
  // Made once per complaint: a second click on save gives back the same complaint.
  const [draftId, setDraftId] = useState(() => newId());
  const [checked, setChecked] = useState<Checked>();
  const [doneId, setDoneId] = useState<string>();

  const set: SetIntake = (name, value) => setFields((f) => ({ ...f, [name]: value }));
  const readBack = useSubmit(async () => {
    const raw = toRawIntake(fields, timeZone);
    setChecked({ raw, preview: await previewComplaint(ctx, raw, files) });
  });
  const save = useSubmit(async () => {
    if (!checked) return;
    try {
      const saved = await recordComplaint(ctx, { ...checked.raw, readBackConfirmed: true }, files, draftId);
      setDoneId(saved.id);
    } catch (error) {
      // A field found wrong only at saving (the received time now in the future): back to the form, at that field.
      if (!(error instanceof ZodError || (error instanceof DeskError && error.field))) throw error;
      setChecked(undefined);
      readBack.setErrors(toSubmitErrors(error));
    }
  });
  const next = () => {
    setFields(blankIntake(clock.now(), timeZone));
    setFiles([]);
    setDraftId(newId());
    setChecked(undefined);
    setDoneId(undefined);
    readBack.clearErrors();
    save.clearErrors();
  };

  if (doneId) return <IntakeDone complaintId={doneId} onNext={next} />;
  if (checked) {
    return <ReadBack preview={checked.preview} timeZone={timeZone} pending={save.pending} formError={save.errors.form} onConfirm={() => void save.submit()} onBack={() => setChecked(undefined)} />;
  }
  const errors = intakeFieldErrors(readBack.errors.fields, fields.targetKind);
  return (
    <IntakeForm
      fields={fields}
      set={set}
      files={files}
      onAddFiles={(added) => setFiles((fs) => [...fs, ...added])}
      onRemoveFile={(index) => setFiles((fs) => fs.filter((_, i) => i !== index))}
      errors={errors}
      formError={readBack.errors.form ?? (errors.form ? { code: errors.form } : undefined)}
      pending={readBack.pending}
      onSubmit={() => void readBack.submit()}
    />
  );
}
