import type { PolicyFinding } from '../../../shared/domain/returns/policy';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import { findingText } from './findingText';

interface PolicyProblemsProps {
  /** False until the form has what the check needs: no verdict is shown on a half-filled form. */
  readonly checked: boolean;
  readonly findings: readonly PolicyFinding[];
  readonly exceptionReason: string;
  readonly onExceptionReason: (value: string) => void;
  readonly error?: string | undefined;
}

/** Each way the return is outside policy, in words; a supervisor may approve them with a reason. Never a silent block. */
export function PolicyProblems({ checked, findings, exceptionReason, onExceptionReason, error }: PolicyProblemsProps) {
  const { t } = useT();
  return (
    <section className="panel" aria-labelledby="returns-policy-title">
      <h3 id="returns-policy-title">{t('returns.policy.title')}</h3>
      {!checked ? (
        <p className="muted">{t('returns.policy.waiting')}</p>
      ) : findings.length === 0 ? (
        <p className="notice notice--ok">{t('returns.policy.ok')}</p>
      ) : (
        <>
          <ul className="notice notice--warn" aria-label={t('returns.policy.title')}>
            {findings.map((f) => (
              <li key={f.problem}>{findingText(t, f)}</li>
            ))}
          </ul>
          <p>{t('returns.policy.needsApproval')}</p>
          <Field label={t('returns.field.exceptionReason')} name="exceptionReason" value={exceptionReason} onChange={(e) => onExceptionReason(e.target.value)} error={error} />
        </>
      )}
    </section>
  );
}
