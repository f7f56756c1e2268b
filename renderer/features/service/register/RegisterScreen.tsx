import { useEffect } from 'react';
import { newId } from '../../../../shared/domain/ids';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { useSubmit } from '../../../components/useSubmit';
import { registerServiceCall, setAppointment } from '../../../db/service/calls';
import { blankRegister, toRawCall, visitAtOf, type RegisterFields } from './registerDraft';
import { RegisterDone } from './RegisterDone';
import { RegisterForm } from './RegisterForm';
import { useRegisterStore, type RegisterInProgress } from './registerStore';
import '../service.css';

/**
 * 叫修登记: take a call at the desk or on the phone, with the visit agreed at
 * once when the customer has agreed one, then tell the customer the number.
 * Bad input is a message at its field and nothing is written; the draft id
 * made when the form opens makes a double click register once.
 */
export function RegisterScreen() {
  const { clock } = useServices();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const draft = useRegisterStore((s) => s.draft);
  const start = useRegisterStore((s) => s.start);
  const change = useRegisterStore((s) => s.change);
  const fresh = (): RegisterInProgress => ({ fields: blankRegister(clock.now(), timeZone), draftId: newId() });
  useEffect(() => {
    if (!draft) start(fresh());
  });

  const save = useSubmit(async () => {
    if (!draft) return;
    const visitAt = visitAtOf(draft.fields, timeZone);
    const saved = await registerServiceCall(ctx, draft.draftId, toRawCall(draft.fields, timeZone));
    // Registered once already (a second click): the visit is agreed only if it is not yet.
    if (visitAt !== undefined && !saved.appointment) await setAppointment(ctx, saved.id, { visitAt });
    change(() => ({ doneId: saved.id }));
  });

  if (!draft) return null;
  if (draft.doneId) {
    return (
      <RegisterDone
        callId={draft.doneId}
        onNext={() => {
          save.clearErrors();
          start(fresh());
        }}
      />
    );
  }
  const set = (name: keyof RegisterFields, value: string) => change((d) => ({ fields: { ...d.fields, [name]: value } }));
  return <RegisterForm fields={draft.fields} set={set} errors={save.errors} pending={save.pending} onSubmit={() => void save.submit()} />;
}
