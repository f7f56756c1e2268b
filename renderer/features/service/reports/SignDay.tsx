import { useState } from 'react';
import { formatYuan } from '../../../../shared/domain/money';
import type { ServiceDaySignoff } from '../../../../shared/domain/service/daySignoff';
import type { DayReport } from '../../../../shared/domain/service/reports';
import { useDeskContext } from '../../../app/useDeskContext';
import { ApprovalDialog } from '../../../components/ApprovalDialog';
import { useStaffNames } from '../../../components/useStaffNames';
import { signServiceDay } from '../../../db/service/reports';
import { useT } from '../../../i18n';
import { serviceTimeText } from '../words';

interface SignDayProps {
  readonly day: string;
  readonly report: DayReport;
  readonly signoff?: ServiceDaySignoff | undefined;
  /** The day has not come yet: nothing to sign. */
  readonly future: boolean;
}

/** 签字: the store manager or a supervisor signs the day with number and PIN; once signed, who and when. */
export function SignDay({ day, report, signoff, future }: SignDayProps) {
  const { t } = useT();
  const ctx = useDeskContext();
  const name = useStaffNames();
  const [asking, setAsking] = useState(false);
  const { timeZone } = ctx.session;
  if (signoff) {
    const s = signoff.signed;
    return (
      <div className="svc-report-sign" data-testid="service-day-signature">
        <p className="notice notice--ok" role="status">
          {t('serviceReports.signed', { name: name(s.approvedBy ?? s.by), at: serviceTimeText(s.at, timeZone) })}
          <br />
          {t('serviceReports.signedFigures', { jobs: s.jobs, minutes: s.minutes, fees: formatYuan(s.feesFen) })}
        </p>
        {signoff.conflicts.length > 0 && <p className="notice notice--warn">{t('serviceReports.signedConflicts', { count: signoff.conflicts.length })}</p>}
      </div>
    );
  }
  return (
    <div className="svc-report-sign">
      <span className="muted">{future ? t('serviceReports.futureDay') : t('serviceReports.notSigned')}</span>
      <button type="button" className="primary" disabled={future} onClick={() => setAsking(true)}>
        {t('serviceReports.sign')}
      </button>
      {asking && (
        <ApprovalDialog
          action={t('serviceReports.sign.action', { day, jobs: report.total.jobs, minutes: report.total.minutes, fees: formatYuan(report.feesFen) })}
          onApprove={(approval) => signServiceDay(ctx, day, approval)}
          onClose={() => setAsking(false)}
        />
      )}
    </div>
  );
}
