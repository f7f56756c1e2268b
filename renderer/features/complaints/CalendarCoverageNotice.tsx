import { useMemo } from 'react';
import { missingCalendarYear } from '../../../shared/domain/calendar/coverage';
import { storeDay } from '../../../shared/domain/clock';
import { can } from '../../../shared/domain/staff';
import { useSession } from '../../app/session';
import { useT } from '../../i18n';
import { useComplaintRules } from './useComplaintRules';

/**
 * Says when the working-day calendar lacks a year the limits need (the
 * official days come out each autumn): until it is entered, working-day
 * limits that reach into that year count its holidays as working days.
 */
export function CalendarCoverageNotice({ now }: { readonly now: number }) {
  const { t } = useT();
  const rules = useComplaintRules();
  const role = useSession((s) => s.staff?.role);
  const go = useSession((s) => s.go);
  const today = rules ? storeDay(now, rules.policy.timeZone) : undefined;
  const year = useMemo(() => (rules && today ? missingCalendarYear(rules.calendar, today) : undefined), [rules, today]);
  if (year === undefined) return null;
  return (
    <p className="notice notice--warn" role="note">
      {t('complaints.calendarMissing', { year })}{' '}
      {role && can(role, 'settings.manage') && (
        <button type="button" className="link" onClick={() => go('complaintSettings')}>
          {t('complaints.calendarMissing.enter')}
        </button>
      )}
    </p>
  );
}
