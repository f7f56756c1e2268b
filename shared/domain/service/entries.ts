import type { Entry, RecordType } from '../entry';
import type { RequestType, ServiceCustomer, ServiceProduct, ServiceType, VisitFacts } from './types';

export const SERVICE_CALL_RECORD_TYPE: RecordType = 'serviceCall';
export const SERVICE_SCHEMA_VERSION = 1;

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

export type ServiceEntry =
  | Entry<'registered', ServiceRegisteredData>
  | Entry<'appointmentSet', AppointmentSetData>
  | Entry<'dispatched', DispatchedData>
  | Entry<'accepted', Record<string, never>>
  | Entry<'visitRecorded', VisitRecordedData>
  | Entry<'cancelled', ServiceCancelledData>
  | Entry<'printed', { readonly copy: 'voucher' }>;

export type ServiceEntryType = ServiceEntry['type'];
