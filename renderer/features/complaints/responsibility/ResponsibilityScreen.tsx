import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { awaitingResponsibility } from '../../../../shared/domain/complaints/awaitingResponsibility';
import { formatInZone } from '../../../../shared/domain/clock';
import { monthlyResponsibilityPoints } from '../../../../shared/domain/complaints/responsibility';
import { can } from '../../../../shared/domain/staff';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { Field } from '../../../components/Field';
import { complaintsReceivedInMonth } from '../../../db/complaints/report';
import { RecordList } from '../../../components/RecordList';
import { useT } from '../../../i18n';
import { ComplaintDetail } from '../detail/ComplaintDetail';
import { useStoreMonth } from '../reports/useStoreMonth';
import { useComplaintRules } from '../useComplaintRules';
import { pointsRuleText } from './pointsRuleText';
import { PointsTables } from './PointsTables';

/**
 * 投诉责任 (supervisor, store manager): a month's performance points per
 * person by the store's rule, how each complaint counted, and the valid,
 * investigated complaints still waiting for responsibility to be settled.
 */
export function ResponsibilityScreen() {
  const { t } = useT();
  const { db } = useServices();
  const role = useSession((s) => s.staff?.role);
  const { month, setMonth, valid, timeZone } = useStoreMonth();
  const rules = useComplaintRules();
  const complaints = useLiveQuery(async () => (valid ? complaintsReceivedInMonth(db, month, timeZone) : undefined), [db, month, valid, timeZone]);
  const staffNames = useLiveQuery(async () => new Map((await db.staff.toArray()).map((m) => [m.staffNo, m.name])), [db]);
  const [openId, setOpenId] = useState<string>();
  if (!role || !can(role, 'complaints.responsibility')) {
    return (
      <p className="form-error" role="alert">
        {t('error.notAllowed')}
      </p>
    );
  }
  const points = complaints && rules ? monthlyResponsibilityPoints(complaints, month, rules.pointsRule, rules.policy.timeZone) : undefined;
  // Staff named in a responsibility may not be desk staff (a department's people): the name typed with it is used then.
  const typedNames = new Map(complaints?.flatMap((c) => (c.responsibility?.staffNo && c.responsibility.staffName ? [[c.responsibility.staffNo, c.responsibility.staffName] as const] : [])));
  const nameOf = (staffNo: string) => staffNames?.get(staffNo) ?? typedNames.get(staffNo) ?? '—';
  const waiting = complaints ? awaitingResponsibility(complaints) : [];
  return (
    <div>
      <h1>{t('complaints.points.title')}</h1>
      <div className="panel row">
        <Field label={t('complaints.points.month')} type="month" name="month" value={month} onChange={(e) => setMonth(e.target.value)} error={valid ? undefined : 'error.month'} autoFocus />
      </div>
      {rules && <p className="muted">{t('complaints.points.ruleNow', { rule: pointsRuleText(rules.pointsRule, t) })}</p>}
      {points && <PointsTables points={points} nameOf={nameOf} />}
      <RecordList
        titleId="points-waiting-title"
        title={t('complaints.points.waiting')}
        empty={t('complaints.points.noneWaiting')}
        numberHeading={t('complaints.points.col.number')}
        columns={[t('complaints.points.col.received'), t('complaints.points.col.category'), t('complaints.points.col.cause')]}
        records={waiting}
        cells={(c) => [formatInZone(c.receivedAt, 'yyyy-MM-dd HH:mm', timeZone), t(`complaints.category.${c.category}`), c.investigation?.cause]}
        selectedId={openId}
        onOpen={setOpenId}
        openText={(c) => t('complaints.points.open', { number: c.number })}
      />
      {openId && <ComplaintDetail key={openId} complaintId={openId} onClose={() => setOpenId(undefined)} />}
    </div>
  );
}
