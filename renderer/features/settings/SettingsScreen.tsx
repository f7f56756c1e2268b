import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { DEFAULT_DESK_SETTINGS, type DeskSettings } from '../../../shared/domain/store';
import { deskSettingsInput } from '../../../shared/schema/setup';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { useForm } from '../../components/useForm';
import { changeDeskSettings, readStoreProfile } from '../../db/staff';
import { useT } from '../../i18n';
import { PrintersPanel } from '../printing/PrintersPanel';
import { PrintQueuePanel } from '../printing/PrintQueuePanel';
import { ReturnPolicyPanel } from '../returns/ReturnPolicyPanel';
import { SyncPanel } from './SyncPanel';
import { BackupPanel } from '../backup/BackupPanel';

type SettingsFields = { readonly [K in keyof DeskSettings]-?: string };

function toFields(s: DeskSettings): SettingsFields {
  return {
    idleLockMinutes: String(s.idleLockMinutes),
    closingTime: s.closingTime,
    overdueDays: String(s.overdueDays),
    lostFoundKeepDays: String(s.lostFoundKeepDays),
    deskPhone: s.deskPhone ?? '',
  };
}

/** 设置: the desk's rules (idle lock, closing time, overdue and keeping periods) and its phone. */
export function SettingsScreen() {
  const { t } = useT();
  const { db } = useServices();
  // null while loading, so a missing profile (never after first run) still shows the defaults.
  const profile = useLiveQuery(() => readStoreProfile(db), [db], null);
  return (
    <div>
      <h1>{t('admin.settings.title')}</h1>
      {profile !== null && <DeskSettingsForm initial={profile?.settings ?? DEFAULT_DESK_SETTINGS} />}
      {/* Locker banks are defined on the lockers screen, next to the map they change. */}
      <p className="muted">{t('admin.settings.lockersHint')}</p>
      <ReturnPolicyPanel />
      <PrintersPanel />
      <PrintQueuePanel />
      <SyncPanel />
      <BackupPanel />
    </div>
  );
}

function DeskSettingsForm({ initial }: { readonly initial: DeskSettings }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [saved, setSaved] = useState(false);
  const { bind, onSubmit, pending, errors } = useForm(() => toFields(initial), async (form) => {
    setSaved(false);
    await changeDeskSettings(ctx, deskSettingsInput.parse(form));
    setSaved(true);
  });
  return (
    <form className="panel form" onSubmit={onSubmit} aria-labelledby="settings-desk-title" noValidate>
      <h2 id="settings-desk-title">{t('admin.settings.desk')}</h2>
      {saved && (
        <p className="notice notice--ok" role="status">
          {t('admin.settings.saved')}
        </p>
      )}
      <div className="row">
        <Field label={t('admin.settings.idleLockMinutes')} hint={t('admin.settings.idleLockHint')} inputMode="numeric" {...bind('idleLockMinutes')} autoFocus />
        <Field label={t('admin.settings.closingTime')} hint={t('admin.settings.closingTimeHint')} type="time" {...bind('closingTime')} />
      </div>
      <div className="row">
        <Field label={t('admin.settings.overdueDays')} hint={t('admin.settings.overdueDaysHint')} inputMode="numeric" {...bind('overdueDays')} />
        <Field label={t('admin.settings.lostFoundKeepDays')} hint={t('admin.settings.lostFoundKeepDaysHint')} inputMode="numeric" {...bind('lostFoundKeepDays')} />
      </div>
      <Field label={t('admin.settings.deskPhone')} hint={t('admin.settings.deskPhoneHint')} type="tel" autoComplete="off" {...bind('deskPhone')} />
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('action.save')}
        </button>
      </div>
    </form>
  );
}
