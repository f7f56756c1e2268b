import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useServices } from '../../../app/services';
import { SelectField } from '../../../components/Field';
import { useT } from '../../../i18n';
import { DayField } from './DayField';
import { TechnicianDayView } from './TechnicianDayView';
import type { ReportDay } from './useReportDay';

/** The supervisor picks a technician and a day: that technician's daily report. */
export function TechnicianDayTab({ state }: { readonly state: ReportDay }) {
  const { t } = useT();
  const { db } = useServices();
  // Those who left stay in the list: their past days are still reported.
  const technicians = useLiveQuery(async () => (await db.staff.toArray()).filter((m) => m.role === 'technician').sort((a, b) => a.staffNo.localeCompare(b.staffNo)), [db]);
  const [picked, setPicked] = useState<string>();
  if (!technicians) return <p className="muted">{t('app.loading')}</p>;
  if (technicians.length === 0) return <p className="muted">{t('serviceReports.noTechnicians')}</p>;
  const technician = picked ?? technicians[0]!.staffNo;
  return (
    <>
      <div className="row">
        <SelectField
          label={t('serviceReports.field.technician')}
          name="technician"
          value={technician}
          onChange={setPicked}
          options={technicians.map((m) => ({ value: m.staffNo, label: `${m.staffNo} ${m.name}` }))}
        />
        <DayField state={state} />
      </div>
      {state.valid && <TechnicianDayView technician={technician} day={state.day} timeZone={state.timeZone} />}
    </>
  );
}
