import type { IsoDate } from '../calendar/days';
import type { Fen } from '../money';
import type { ActionStamp } from '../storage/types';

/** Where the customer lives, for the arrival target and the dispatch suggestion (DOMAIN §5). */
export const SERVICE_AREAS = ['inTown', 'outOfTown'] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

export const REQUEST_TYPES = ['repair', 'installation', 'maintenance'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** 有费 paid, 合同 contract, 免费 free under warranty, 内部 internal work. */
export const SERVICE_TYPES = ['paid', 'contract', 'free', 'internal'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** What a technician can work on: the product's kind. */
export const SKILLS = ['aircon', 'fridge', 'washer', 'tv', 'kitchen', 'waterHeater', 'smallAppliance', 'other'] as const;
export type Skill = (typeof SKILLS)[number];

/** How a visit ended: fixed on site, taken back for repair, waiting for parts, not fixed. */
export const VISIT_OUTCOMES = ['fixedOnSite', 'takenBack', 'waitingParts', 'notFixed'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

export interface ServiceCustomer {
  readonly name: string;
  readonly phone: string;
  readonly address: string;
  readonly area: ServiceArea;
}

export interface ServiceProduct {
  readonly kind: Skill;
  readonly name: string;
  readonly model: string;
  readonly serial: string;
  /** From the invoice or warranty card; absent when the customer has neither. */
  readonly purchaseDate?: IsoDate | undefined;
}

export interface PartUsed {
  readonly name: string;
  readonly quantity: number;
}

export interface Appointment extends ActionStamp {
  /** The visit agreed with the customer by phone (UTC ms). */
  readonly visitAt: number;
  /** Why it moved, when it was agreed again. */
  readonly reason?: string | undefined;
}

export interface Dispatch extends ActionStamp {
  readonly technician: string;
  /** The suggestion's reasons shown when it was dispatched ("同区域 · 会空调 · 今日 2 单"), kept for the record. */
  readonly suggestion?: string | undefined;
}

/** What a visit's record says: who went, how it ended, time on site, parts, fee, the signed voucher. */
export interface VisitFacts {
  readonly technician: string;
  readonly outcome: VisitOutcome;
  readonly arrivedAt: number;
  readonly minutesOnSite: number;
  readonly workDone: string;
  readonly parts: readonly PartUsed[];
  readonly feeFen: Fen;
  /** The voucher came back signed by the customer. */
  readonly voucherReturned: boolean;
  /** The invoice given for the fee (issued in the tax system; the desk keeps its number). */
  readonly invoiceNo?: string | undefined;
}

export interface Visit extends ActionStamp, VisitFacts {}

/** Paid work (有费): the price told to the customer and whether they agreed, before any work is done. */
export interface Quote extends ActionStamp {
  readonly amountFen: Fen;
  readonly work: string;
  readonly agreed: boolean;
}

/** 客户商品领取收据: what the customer hands over for repair; its number is printed on the receipt they keep. */
export interface GoodsReceipt extends ActionStamp {
  readonly receiptNo: string;
  readonly goods: string;
  readonly accessories: string;
  readonly condition: string;
}

/** One line of the repair card (修护卡): who worked, how long, what was done, parts. */
export interface RepairCardLine extends ActionStamp {
  readonly technician: string;
  readonly minutes: number;
  readonly workDone: string;
  readonly parts: readonly PartUsed[];
}

/** The service supervisor's check of a repair; a passed check gives the day the goods are ready. */
export interface RepairCheck extends ActionStamp {
  readonly passed: boolean;
  readonly note: string;
  readonly readyOn?: IsoDate | undefined;
}

/** What the desk checked when a customer without their receipt collects the goods (as for storage). */
export interface IdentityCheck {
  readonly phone: string;
  readonly note: string;
}

/** The goods back to the customer: they sign, and the receipt is taken back and voided (or, lost, identity + approval). */
export interface GoodsReturn extends ActionStamp {
  readonly mode: 'receipt' | 'lostReceipt';
  readonly identity?: IdentityCheck | undefined;
  readonly feeFen: Fen;
  readonly invoiceNo?: string | undefined;
}

/** A call's goods in the workshop: in (the receipt), the repair card, the check, out. */
export interface Workshop {
  readonly receipt: GoodsReceipt;
  readonly repairs: readonly RepairCardLine[];
  readonly check?: RepairCheck | undefined;
  readonly returned?: GoodsReturn | undefined;
  /** Goods receipts printed: the second and later say 补打. */
  readonly receiptPrintCount: number;
}

/** 回访: the call to the customer 24 to 72 hours after the job. */
export const SATISFACTION_LEVELS = ['verySatisfied', 'satisfied', 'neutral', 'dissatisfied'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

export interface FollowUp extends ActionStamp {
  readonly reached: boolean;
  readonly satisfaction?: SatisfactionLevel | undefined;
  readonly note: string;
}

/** 顾客意见卡: four questions, each on four levels (4 best). */
export const OPINION_QUESTIONS = ['attitude', 'skill', 'arrival', 'promise'] as const;
export type OpinionQuestion = (typeof OPINION_QUESTIONS)[number];
export type OpinionScore = 1 | 2 | 3 | 4;
export type OpinionScores = Readonly<Record<OpinionQuestion, OpinionScore>>;

export interface OpinionCard extends ActionStamp {
  readonly scores: OpinionScores;
  /** The technician the card is about: the one who did the job. */
  readonly technician: string;
}

export type ServiceCallStatus = 'registered' | 'dispatched' | 'accepted' | 'waitingParts' | 'takenBack' | 'closed' | 'cancelled';

/** A later entry that the call's state did not allow, kept for a supervisor (e.g. dispatched twice at two counters). */
export interface ServiceConflict extends ActionStamp {
  readonly entryId: string;
  readonly type: string;
  readonly reason: ServiceRefusalReason;
}

export type ServiceRefusalReason =
  | 'alreadyRegistered'
  | 'notRegistered'
  | 'closed'
  | 'alreadyDispatched'
  | 'notDispatched'
  | 'notYourJob'
  | 'alreadyAccepted'
  | 'notAccepted'
  | 'noAgreedQuote'
  | 'feeAboveQuote'
  | 'notTakenBack'
  | 'goodsAlreadyReceived'
  | 'notInWorkshop'
  | 'noRepair'
  | 'alreadyChecked'
  | 'notChecked'
  | 'goodsAlreadyReturned'
  | 'goodsNotReturned'
  | 'notDone'
  | 'alreadyFollowedUp'
  | 'noVisit'
  | 'opinionAlreadyRecorded';

/** 叫修登记簿: one service call and everything done about it. */
export interface ServiceCall {
  readonly id: string;
  readonly number: string;
  readonly customer: ServiceCustomer;
  readonly product: ServiceProduct;
  readonly problem: string;
  readonly requestType: RequestType;
  readonly serviceType: ServiceType;
  /** When the call reached the store: the arrival target runs from here. */
  readonly receivedAt: number;
  readonly registered: ActionStamp;
  readonly status: ServiceCallStatus;
  /** The visit agreed now, and every earlier agreement it replaced. */
  readonly appointment?: Appointment | undefined;
  readonly reschedules: readonly Appointment[];
  readonly dispatch?: Dispatch | undefined;
  readonly accepted?: ActionStamp | undefined;
  readonly visits: readonly Visit[];
  readonly quote?: Quote | undefined;
  readonly workshop?: Workshop | undefined;
  readonly followUp?: FollowUp | undefined;
  readonly opinion?: OpinionCard | undefined;
  readonly closed?: ActionStamp | undefined;
  readonly cancelled?: (ActionStamp & { readonly reason: string }) | undefined;
  readonly conflicts: readonly ServiceConflict[];
  readonly printCount: number;
  readonly pendingEntries: number;
}
