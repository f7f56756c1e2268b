import { can } from '../../../../shared/domain/staff';
import { useSession } from '../../../app/session';
import { useT } from '../../../i18n';
import { CalendarPanel } from './CalendarPanel';
import { PointsRulePanel } from './PointsRulePanel';
import { PolicyTablePanel } from './PolicyTablePanel';
import { useComplaintRules } from '../useComplaintRules';
import { WorkingHoursPanel } from './WorkingHoursPanel';

/** 投诉时限设置 (supervisor, store manager): the limits table, working hours, the holiday calendar and the points rule. */
export function ComplaintSettingsScreen() {
  const { t } = useT();
  const role = useSession((s) => s.staff?.role);
  const rules = useComplaintRules();
  if (!role || !can(role, 'settings.manage')) {
    return (
      <p className="form-error" role="alert">
        {t('error.notAllowed')}
      </p>
    );
  }
  return (
    <div>
      <h1>{t('complaints.settings.title')}</h1>
      {rules && (
        <>
          <PolicyTablePanel rules={rules} />
          <WorkingHoursPanel initial={rules.policy.workingHours} />
          <CalendarPanel rules={rules} />
          <PointsRulePanel initial={rules.pointsRule} />
        </>
      )}
    </div>
  );
}
