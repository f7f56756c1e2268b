import { formatInZone } from '../../../../shared/domain/clock';
import type { ComplaintTarget } from '../../../../shared/domain/complaints/types';
import type { ComplaintIntakeInput } from '../../../../shared/schema/complaints';
import type { useT } from '../../../i18n';
import type { IntakePreview } from '../../../db/complaints/intake';

type T = ReturnType<typeof useT>['t'];

const WHEN = 'yyyy-MM-dd HH:mm';

function detailsOf(t: T, parts: readonly [label: Parameters<T>[0], value: string | undefined][]): string {
  const shown = parts.filter(([, v]) => v).map(([label, v]) => t(label, { value: v ?? '' }));
  return shown.length > 0 ? t('complaints.intake.readBack.details', { details: shown.join(t('complaints.intake.readBack.separator')) }) : '';
}

/** The target in words: "商品 鲜牛奶 1L（条码 690…，生鲜部）". */
function targetText(target: ComplaintTarget, t: T): string {
  const kind = t(`complaints.target.${target.kind}`);
  switch (target.kind) {
    case 'department':
      return `${kind} ${target.department}`;
    case 'staff':
      return `${kind} ${target.staffName}${detailsOf(t, [
        ['complaints.intake.readBack.staffNo', target.staffNo],
        ['complaints.intake.readBack.department', target.department],
      ])}`;
    case 'product':
      return `${kind} ${target.product}${detailsOf(t, [
        ['complaints.intake.readBack.sku', target.sku],
        ['complaints.intake.readBack.department', target.department],
      ])}`;
    case 'environment':
      return `${kind} ${target.place}`;
  }
}

/** A mobile number read out in the groups people say it in: 138 0013 8000. */
function spokenPhone(phone: string): string {
  return /^1\d{10}$/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}` : phone;
}

function contactText(input: ComplaintIntakeInput, t: T): string {
  const { phone, email, other } = input.complainant.contact;
  return [
    phone && t('complaints.intake.readBack.byPhone', { value: spokenPhone(phone) }),
    email && t('complaints.intake.readBack.byEmail', { value: email }),
    other && t('complaints.intake.readBack.byOther', { value: other }),
  ]
    .filter(Boolean)
    .join(t('complaints.intake.readBack.separator'));
}

/** The intake as sentences the clerk reads to the customer, in the order they told it. */
export function readBackSentences(preview: IntakePreview, timeZone: string, t: T): string[] {
  const { input, files, promisedReplyAt } = preview;
  const sentences = [
    t('complaints.intake.readBack.received', { when: formatInZone(input.receivedAt, WHEN, timeZone), channel: t(`complaints.channel.${input.channel}`) }),
    input.complainant.name ? t('complaints.intake.readBack.name', { name: input.complainant.name }) : t('complaints.intake.readBack.noName'),
    t('complaints.intake.readBack.target', { target: targetText(input.target, t) }),
    t('complaints.intake.readBack.description', { text: input.description }),
    t('complaints.intake.readBack.request', { text: input.request }),
    t('complaints.intake.readBack.classified', { category: t(`complaints.category.${input.category}`), severity: t(`complaints.severity.${input.severity}`) }),
  ];
  if (files.length > 0) sentences.push(t('complaints.intake.readBack.attachments', { count: files.length, names: files.map((f) => f.name).join(t('complaints.intake.readBack.separator')) }));
  if (!input.replyWanted) {
    sentences.push(t('complaints.intake.readBack.noReply'));
    return sentences;
  }
  sentences.push(t('complaints.intake.readBack.contact', { contact: contactText(input, t) }));
  if (promisedReplyAt !== undefined) sentences.push(t('complaints.intake.readBack.promise', { when: formatInZone(promisedReplyAt, WHEN, timeZone) }));
  return sentences;
}
