import { COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES, TARGET_KINDS, type ComplaintChannel, type ComplaintSeverity, type TargetKind } from '../../../../shared/domain/complaints/types';
import { DeskError } from '../../../db/errors';
import { fromLocalInput, toLocalInput } from '../../../components/storeTime';

/** What the clerk types, as text: every target kind keeps its own fields, so switching kind loses nothing. */
export interface IntakeFields {
  readonly channel: ComplaintChannel;
  readonly receivedAt: string;
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  readonly other: string;
  readonly replyWanted: boolean;
  readonly targetKind: TargetKind;
  readonly department: string;
  readonly staffName: string;
  readonly staffNo: string;
  readonly staffDepartment: string;
  readonly product: string;
  readonly sku: string;
  readonly productDepartment: string;
  readonly place: string;
  readonly description: string;
  readonly request: string;
  /** '' until chosen: the category is the clerk's call, not a default. */
  readonly category: string;
  readonly severity: ComplaintSeverity;
}

/** The free-text fields (not the choices). */
export type IntakeTextField = { [K in keyof IntakeFields]: string extends IntakeFields[K] ? K : never }[keyof IntakeFields];

export type SetIntake = <K extends keyof IntakeFields>(name: K, value: IntakeFields[K]) => void;

/** The value among `values` that `text` names (a select's value), or undefined. */
export function oneOf<T extends string>(values: readonly T[], text: string): T | undefined {
  return values.find((v) => v === text);
}

/** A fresh form: at the desk, received now, the customer wants a reply. */
export function blankIntake(now: number, timeZone: string): IntakeFields {
  return {
    channel: COMPLAINT_CHANNELS[0],
    receivedAt: toLocalInput(now, timeZone),
    name: '',
    phone: '',
    email: '',
    other: '',
    replyWanted: true,
    targetKind: TARGET_KINDS[0],
    department: '',
    staffName: '',
    staffNo: '',
    staffDepartment: '',
    product: '',
    sku: '',
    productDepartment: '',
    place: '',
    description: '',
    request: '',
    category: '',
    severity: COMPLAINT_SEVERITIES[0],
  };
}

function targetOf(f: IntakeFields) {
  switch (f.targetKind) {
    case 'department':
      return { kind: f.targetKind, department: f.department };
    case 'staff':
      return { kind: f.targetKind, staffName: f.staffName, staffNo: f.staffNo, department: f.staffDepartment };
    case 'product':
      return { kind: f.targetKind, product: f.product, sku: f.sku, department: f.productDepartment };
    case 'environment':
      return { kind: f.targetKind, place: f.place };
  }
}

/** The form as the intake schema reads it; the received time is the store's wall time, whatever zone this PC is set to. */
export function toRawIntake(f: IntakeFields, timeZone: string) {
  const receivedAt = fromLocalInput(f.receivedAt, timeZone);
  if (receivedAt === undefined) throw new DeskError('error.required', 'receivedAt');
  return {
    channel: f.channel,
    receivedAt,
    complainant: { name: f.name, contact: { phone: f.phone, email: f.email, other: f.other } },
    replyWanted: f.replyWanted,
    target: targetOf(f),
    description: f.description,
    request: f.request,
    category: f.category,
    severity: f.severity,
  };
}

/** 'form': a message no field owns, shown for the whole form. */
export type IntakeErrorField = IntakeTextField | 'channel' | 'category' | 'severity' | 'contact' | 'attachments' | 'form';

const FIELD_OF_PATH: Readonly<Record<string, IntakeErrorField>> = {
  channel: 'channel',
  receivedAt: 'receivedAt',
  'complainant.name': 'name',
  'complainant.contact.phone': 'phone',
  'complainant.contact.email': 'email',
  'complainant.contact.other': 'other',
  'complainant.contact': 'contact',
  'target.staffName': 'staffName',
  'target.staffNo': 'staffNo',
  'target.product': 'product',
  'target.sku': 'sku',
  'target.place': 'place',
  description: 'description',
  request: 'request',
  category: 'category',
  severity: 'severity',
  attachments: 'attachments',
};

const DEPARTMENT_FIELD: Readonly<Record<TargetKind, IntakeTextField>> = {
  department: 'department',
  staff: 'staffDepartment',
  product: 'productDepartment',
  environment: 'department',
};

/** The schema's messages by intake path, moved to the form fields they belong to. */
export function intakeFieldErrors(errors: Readonly<Record<string, string>>, kind: TargetKind): Partial<Record<IntakeErrorField, string>> {
  const out: Partial<Record<IntakeErrorField, string>> = {};
  for (const [path, code] of Object.entries(errors)) {
    const field = path === 'target.department' ? DEPARTMENT_FIELD[kind] : (FIELD_OF_PATH[path] ?? 'form');
    if (out[field] === undefined) out[field] = code;
  }
  return out;
}
