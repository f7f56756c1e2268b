import { useState } from 'react';
import type { AuditChainBreak, AuditChainLine, AuditChainResult } from '../../../shared/domain/auditChain';
import { formatInZone } from '../../../shared/domain/clock';
import { useServices } from '../../app/services';
import { useStoragePolicy } from '../../app/useDeskContext';
import { useStaffNames } from '../../components/useStaffNames';
import { checkAuditTrail, type AuditCheckProgress } from '../../db/auditTrail';
import { useT, type MessageKey, type MessageParams } from '../../i18n';
import { actionText } from './logActions';

type CheckState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: AuditCheckProgress }
  | { readonly phase: 'done'; readonly result: AuditChainResult }
  | { readonly phase: 'failed' };

/** 审计链校验: checks this counter's audit trail link by link and shows the first break: when, who, what. */
export function AuditChainCheck() {
  const { t } = useT();
  const { db } = useServices();
  const [state, setState] = useState<CheckState>({ phase: 'idle' });

  const run = async () => {
    setState({ phase: 'running', progress: { read: 0, total: 0 } });
    try {
      const result = await checkAuditTrail(db, (progress) => setState({ phase: 'running', progress }));
      setState({ phase: 'done', result });
    } catch {
      setState({ phase: 'failed' });
    }
  };

  return (
    <section className="panel" aria-labelledby="audit-chain-title">
      <h2 id="audit-chain-title">{t('auditChain.title')}</h2>
      <p className="muted">{t('auditChain.intro')}</p>
      <button type="button" onClick={() => void run()} disabled={state.phase === 'running'}>
        {t('auditChain.run')}
      </button>
      {state.phase === 'running' && (
        <p role="status" aria-live="polite">
          {t('auditChain.running', { read: state.progress.read, total: state.progress.total })}
          <progress aria-label={t('auditChain.progress')} value={state.progress.read} max={Math.max(state.progress.total, 1)} />
        </p>
      )}
      {state.phase === 'failed' && <p className="form-error">{t('auditChain.failed')}</p>}
      {state.phase === 'done' && <CheckResult result={state.result} />}
    </section>
  );
}

function CheckResult({ result }: { readonly result: AuditChainResult }) {
  const { t } = useT();
  const before = result.beforeChain > 0 && <p className="muted">{t('auditChain.beforeChain', { count: result.beforeChain })}</p>;
  if (!result.break) {
    return (
      <>
        <p className="notice notice--ok" role="status">
          {t('auditChain.ok', { count: result.checked })}
        </p>
        {before}
      </>
    );
  }
  const found = result.break;
  const [kind, params] = breakText(found);
  return (
    <div role="alert">
      <p className="notice notice--danger">{t('auditChain.broken', { checked: result.checked, what: t(kind, params) })}</p>
      {found.line && <LineFacts title={t('auditChain.line')} line={found.line} />}
      {found.kind === 'changed' && (
        <dl className="facts">
          <dt>{t('auditChain.expected')}</dt>
          <dd>{shortHash(found.expectedHash)}</dd>
          <dt>{t('auditChain.found')}</dt>
          <dd>{found.foundHash ? shortHash(found.foundHash) : t('auditChain.noHash')}</dd>
        </dl>
      )}
      {found.after && <LineFacts title={t('auditChain.after')} line={found.after} />}
      {before}
    </div>
  );
}

function breakText(found: AuditChainBreak): [MessageKey, MessageParams] {
  switch (found.kind) {
    case 'changed':
      return ['auditChain.kind.changed', {}];
    case 'outOfOrder':
      return ['auditChain.kind.outOfOrder', { expected: found.expectedSeq, found: found.foundSeq }];
    case 'missing':
      return found.foundSeq === undefined
        ? ['auditChain.kind.missingAtEnd', { count: found.missingCount, expected: found.expectedSeq }]
        : ['auditChain.kind.missing', { count: found.missingCount, expected: found.expectedSeq, found: found.foundSeq }];
  }
}

function LineFacts({ title, line }: { readonly title: string; readonly line: AuditChainLine }) {
  const { t } = useT();
  const { timeZone } = useStoragePolicy();
  const who = useStaffNames();
  return (
    <>
      <h3>{title}</h3>
      <dl className="facts">
        <dt>{t('auditChain.at')}</dt>
        <dd>{Number.isFinite(line.at) ? formatInZone(line.at, 'yyyy-MM-dd HH:mm:ss', timeZone) : String(line.at)}</dd>
        <dt>{t('auditChain.staff')}</dt>
        <dd>{who(line.staffNo)}</dd>
        <dt>{t('auditChain.action')}</dt>
        <dd>{actionText(line.action, t)}</dd>
        <dt>{t('auditChain.summary')}</dt>
        <dd>{line.summary}</dd>
      </dl>
    </>
  );
}

/** Enough of a SHA-256 to tell two apart on screen; the full one is in the tooltip. */
function shortHash(hash: string) {
  return <span title={hash}>{hash.length > 16 ? `${hash.slice(0, 16)}…` : hash}</span>;
}
