import type { Entry, RecordType } from '../entry';
import type { IsoDate } from '../calendar/days';
import type { Fen } from '../money';
import type { IdentityCheck, OpinionScores, PartUsed, RequestType, SatisfactionLevel, ServiceCustomer, ServiceProduct, ServiceType, VisitFacts } from './types';

export const SERVICE_CALL_RECORD_TYPE: RecordType = 'serviceCall';
/** 2: quotes, the workshop (goods receipt, repair card, check, return), follow-up and the opinion card. */
export const SERVICE_SCHEMA_VERSION = 2;

export interface ServiceRegisteredData {
  readonly number: string;
  readonly customer: ServiceCustomer;
  readonly product: ServiceProduct;
  readonly problem: string;
  readonly requestType: RequestType;
  readonly serviceType: ServiceType;
  readonly receivedAt: number;
}

export interface AppointmentSetData {
  readonly visitAt: number;
  /** Required when an agreed visit moves (the customer is told why). */
  readonly reason?: string | undefined;
}

export interface DispatchedData {
  readonly technician: string;
  readonly suggestion?: string | undefined;
}

export type VisitRecordedData = VisitFacts;

export interface ServiceCancelledData {
  readonly reason: string;
}

export interface QuotedData {
  readonly amountFen: Fen;
  readonly work: string;
  readonly agreed: boolean;
}

export interface GoodsReceivedData {
  readonly receiptNo: string;
  readonly goods: string;
  readonly accessories: string;
  readonly condition: string;
}

export interface RepairRecordedData {
  readonly technician: string;
  readonly minutes: number;
  readonly workDone: string;
  readonly parts: readonly PartUsed[];
}

export interface RepairCheckedData {
  readonly passed: boolean;
  readonly note: string;
  readonly readyOn?: IsoDate | undefined;
}

export interface GoodsReturnedData {
  readonly mode: 'receipt' | 'lostReceipt';
  readonly identity?: IdentityCheck | undefined;
  readonly feeFen: Fen;
  readonly invoiceNo?: string | undefined;
}

export interface FollowedUpData {
  readonly reached: boolean;
  readonly satisfaction?: SatisfactionLevel | undefined;
  readonly note: string;
}

export interface OpinionRecordedData {
  readonly scores: OpinionScores;
  readonly technician: string;
}

export type ServiceEntry =
  | Entry<'registered', ServiceRegisteredData>
  | Entry<'appointmentSet', AppointmentSetData>
  | Entry<'dispatched', DispatchedData>
  | Entry<'accepted', Record<string, never>>
  | Entry<'visitRecorded', VisitRecordedData>
  | Entry<'cancelled', ServiceCancelledData>
  | Entry<'printed', { readonly copy: 'voucher' | 'goodsReceipt' }>
  | Entry<'quoted', QuotedData>
  | Entry<'goodsReceived', GoodsReceivedData>
  | Entry<'repairRecorded', RepairRecordedData>
  | Entry<'repairChecked', RepairCheckedData>
  | Entry<'goodsReturned', GoodsReturnedData>
  | Entry<'followedUp', FollowedUpData>
  | Entry<'opinionRecorded', OpinionRecordedData>;

export type ServiceEntryType = ServiceEntry['type'];
