import { useEffect } from 'react';
import { ZodError } from 'zod';
import { newId } from '../../../../shared/domain/ids';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { toSubmitErrors, useSubmit } from '../../../components/useSubmit';
import { DeskError } from '../../../db/errors';
import { previewComplaint, recordComplaint } from '../../../db/complaints/intake';
import { IntakeDone } from './IntakeDone';
import { IntakeForm } from './IntakeForm';
import { blankIntake, intakeFieldErrors, toRawIntake, type SetIntake } from './intakeDraft';
import { useIntakeStore, type IntakeInProgress } from './intakeStore';
import { ReadBack } from './ReadBack';


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
  const intake = useIntakeStore((s) => s.intake);
  const start = useIntakeStore((s) => s.start);
  const change = useIntakeStore((s) => s.change);
  const fresh = (): IntakeInProgress => ({ fields: blankIntake(clock.now(), timeZone), files: [], draftId: newId() });
  useEffect(() => {
    if (!intake) start(fresh());
  });

  const set: SetIntake = (name, value) => change((i) => ({ fields: { ...i.fields, [name]: value } }));
  const readBack = useSubmit(async () => {
    if (!intake) return;
    const raw = toRawIntake(intake.fields, timeZone);
    const preview = await previewComplaint(ctx, raw, intake.files);
    change(() => ({ checked: { raw, preview } }));
  });
  const save = useSubmit(async () => {
    if (!intake?.checked) return;
    try {
      const saved = await recordComplaint(ctx, { ...intake.checked.raw, readBackConfirmed: true }, intake.files, intake.draftId);
      change(() => ({ doneId: saved.id }));
    } catch (error) {
      // A field found wrong only at saving (the received time now in the future): back to the form, at that field.
      if (!(error instanceof ZodError || (error instanceof DeskError && error.field))) throw error;
      change(() => ({ checked: undefined }));
      readBack.setErrors(toSubmitErrors(error));
    }
  });
  const next = () => {
    start(fresh());
    readBack.clearErrors();
    save.clearErrors();
  };

  if (!intake) return null;
  const { fields, files, checked, doneId } = intake;
  if (doneId) return <IntakeDone complaintId={doneId} onNext={next} />;
  if (checked) {
    return (
      <ReadBack
        preview={checked.preview}
        timeZone={timeZone}
        pending={save.pending}
        formError={save.errors.form}
        onConfirm={() => void save.submit()}
        onBack={() => change(() => ({ checked: undefined }))}
      />
    );
  }
  const errors = intakeFieldErrors(readBack.errors.fields, fields.targetKind);
  return (
    <IntakeForm
      fields={fields}
      set={set}
      files={files}
      onAddFiles={(added) => change((i) => ({ files: [...i.files, ...added] }))}
      onRemoveFile={(index) => change((i) => ({ files: i.files.filter((_, n) => n !== index) }))}
      errors={errors}
      formError={readBack.errors.form ?? (errors.form ? { code: errors.form } : undefined)}
      pending={readBack.pending}
      onSubmit={() => void readBack.submit()}
    />
  );
}
