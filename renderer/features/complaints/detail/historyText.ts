import type { ComplaintEvent } from '../../../../shared/domain/complaints/state';
import type { ResolutionItem } from '../../../../shared/domain/complaints/types';
import { formatYuan } from '../../../../shared/domain/money';
import type { useT } from '../../../i18n';
import { deadlineKindText, levelText, storeTimeText } from '../words';

type T = ReturnType<typeof useT>['t'];

/** "道歉、退款 ¥12.90". */
export function resolutionText(items: readonly ResolutionItem[], t: T): string {
  return items.map((i) => (i.amountFen === undefined ? t(`complaints.resolution.${i.kind}`) : `${t(`complaints.resolution.${i.kind}`)} ¥${formatYuan(i.amountFen)}`)).join('、');
}

const withNote = (text: string, note: string | undefined) => (note ? `${text}；${note}` : text);

/** What an entry in the history recorded, in one line. */
export function eventText(ev: ComplaintEvent, t: T, timeZone: string): string {
  switch (ev.type) {
    case 'recorded':
      return t(`complaints.channel.${ev.data.channel}`);
    case 'validityJudged':
      return withNote(`${t(ev.data.valid ? 'complaints.step.validityJudged.yes' : 'complaints.step.validityJudged.no')}：${ev.data.reason}`, ev.data.answer && t('complaints.history.answer', { answer: ev.data.answer }));
    case 'classified':
      return withNote(t(`complaints.solvability.${ev.data.solvability}`), ev.data.note);
    case 'assigned':
      return withNote(t('complaints.history.assigned', { departments: ev.data.departments.join('、'), owner: ev.data.ownerStaffNo ? `${ev.data.ownerName}（${ev.data.ownerStaffNo}）` : ev.data.ownerName }), ev.data.note);
    case 'investigated':
      return withNote(ev.data.responsiblePerson ? t('complaints.history.investigated', { cause: ev.data.cause, person: ev.data.responsiblePerson }) : ev.data.cause, ev.data.note);
    case 'resolutionProposed':
      return withNote(resolutionText(ev.data.items, t), ev.data.note);
    case 'approvalDecided':
      return withNote(t(ev.data.approved ? 'complaints.step.approvalDecided.approve' : 'complaints.step.approvalDecided.refuse'), ev.data.note);
    case 'carriedOut':
      return withNote(t('complaints.step.carriedOut.customerTold'), ev.data.note);
    case 'followedUp':
      return withNote(
        ev.data.outcome ? `${t(`complaints.rating.${ev.data.rating}`)} → ${t(`complaints.outcome.${ev.data.outcome}`)}` : t(`complaints.rating.${ev.data.rating}`),
        ev.data.comment,
      );
    case 'closed':
      return [ev.data.lessons, ev.data.improvement, ev.data.trainingCase ? t('complaints.step.closed.trainingCase') : undefined].filter(Boolean).join('；');
    case 'customerContacted':
      return withNote(t(`complaints.contactParty.${ev.data.party}`), ev.data.note);
    case 'arrivedOnSite':
    case 'timerResumed':
      return ev.data.note ?? '';
    case 'timerPaused':
      return withNote(t(`complaints.pause.${ev.data.reason}`), ev.data.note);
    case 'extended':
      return t('complaints.history.extended', { kind: deadlineKindText(ev.data.kind, t), due: storeTimeText(ev.data.newDueAt, timeZone), reason: ev.data.reason });
    case 'escalated':
      return withNote(
        `${levelText(ev.data.toLevel, t)} · ${t(`complaints.escalationReason.${ev.data.reason}`)}${ev.data.deadlineKind ? `（${deadlineKindText(ev.data.deadlineKind, t)}）` : ''}`,
        ev.data.note,
      );
    case 'responsibilityAssigned':
      return withNote([t(`complaints.cause.${ev.data.causeType}`), ev.data.staffNo, ev.data.staffName, ev.data.department].filter(Boolean).join(' · '), ev.data.note);
    case 'printed':
      return t('complaints.history.printed', { copy: ev.data.copy });
    case 'limitsRecomputed':
      return ev.data.changes
        .map((c) =>
          t(c.keptMissed ? 'complaints.history.limitKeptMissed' : 'complaints.history.limitMoved', {
            kind: deadlineKindText(c.kind, t),
            before: storeTimeText(c.dueBefore, timeZone),
            after: storeTimeText(c.dueAfter, timeZone),
          }),
        )
        .join('；');
  }
}
