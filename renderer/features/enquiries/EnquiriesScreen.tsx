import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isReplyOverdue } from '../../../shared/domain/enquiries/replyDue';
import { useServices } from '../../app/services';
import { TabList, TabPanel } from '../../components/TabList';
import { useNow } from '../../components/useNow';
import { readOpenSuggestions } from '../../db/enquiries/queries';
import { useT } from '../../i18n';
import { LogEnquiryForm } from './LogEnquiryForm';
import { MonthlyTab } from './MonthlyTab';
import { SuggestionsTab } from './SuggestionsTab';
import { TodayLog } from './TodayLog';
import '../complaints/detail/detail.css';
import './enquiries.css';

const TABS = ['log', 'suggestions', 'monthly'] as const;
type Tab = (typeof TABS)[number];

/**
 * 电话与咨询: log each call or enquiry at the desk (today's below the form),
 * follow the suggestions passed to departments until the customer is told
 * (overdue replies counted on the tab), and the month's list of suggestions
 * and replies.
 */
export function EnquiriesScreen() {
  const { t } = useT();
  const { db, clock } = useServices();
  const now = useNow(clock);
  const [tab, setTab] = useState<Tab>('log');
  const overdue = useLiveQuery(async () => (await readOpenSuggestions(db, now)).filter((e) => isReplyOverdue(e, now)).length, [db, now]) ?? 0;
  return (
    <section className="panel" aria-labelledby="enquiries-title">
      <h1 id="enquiries-title">{t('enquiries.title')}</h1>
      <TabList tabs={TABS} current={tab} onPick={setTab} idPrefix="enquiries" label={t('enquiries.tabs')} className="enq-tabs">
        {(id) => (
          <>
            {t(`enquiries.tab.${id}`)}
            {id === 'suggestions' && overdue > 0 && <span className="enq-tag">{t('enquiries.overdueCount', { count: overdue })}</span>}
          </>
        )}
      </TabList>
      <TabPanel idPrefix="enquiries" tab={tab}>
        {tab === 'log' && (
          <>
            <LogEnquiryForm />
            <TodayLog />
          </>
        )}
        {tab === 'suggestions' && <SuggestionsTab />}
        {tab === 'monthly' && <MonthlyTab />}
      </TabPanel>
    </section>
  );
}
