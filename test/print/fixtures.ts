import type { LockerDoor } from '../../shared/domain/storage/lockers';
import type { LostItem } from '../../shared/domain/storage/lostFound';
import type { StorageItem } from '../../shared/domain/storage/types';
import type { ReturnRecord } from '../../shared/domain/returns/types';
import type { Handout } from '../../shared/domain/gifts/types';
import type { PrintContext } from '../../renderer/print';

/** 2026-11-25 14:03 in Shanghai. */
export const AT = Date.UTC(2026, 10, 25, 6, 3);
const DAY = 24 * 60 * 60 * 1000;

export function printContext(over: Partial<PrintContext> = {}): PrintContext {
  return {
    storeName: '华联超市（望京店）',
    counter: 'C2',
    staffName: '王丽',
    staffNo: '1024',
    printedAt: AT,
    printCount: 1,
    timeZone: 'Asia/Shanghai',
    fontBaseUrl: 'http://127.0.0.1:5173/',
    staffNames: { '1024': '王丽', '2001': '陈主管' },
    ...over,
  };
}

export function storageItem(over: Partial<StorageItem> = {}): StorageItem {
  return {
    id: '01936a7e-0000-7000-8000-000000000001',
    number: 'JC-S01-C2-261125-0007',
    description: '蓝色大号行李箱，贴有红色标签；购物袋两个',
    count: 3,
    customerName: '李先生',
    phone: '13812345678',
    slot: 'A-03',
    source: 'counter',
    status: 'held',
    deposited: { by: '1024', at: AT, counter: 'C2' },
    printCount: 0,
    conflicts: [],
    pendingEntries: 0,
    ...over,
  };
}

export function overnightItems(): StorageItem[] {
  return [
    storageItem(),
    storageItem({
      id: 'b',
      number: 'JC-S01-C1-261121-0002',
      description: '儿童自行车',
      count: 1,
      customerName: undefined,
      phone: undefined,
      slot: 'B-11',
      deposited: { by: '2001', at: AT - 4 * DAY, counter: 'C1' },
    }),
    storageItem({
      id: 'c',
      number: 'JC-S01-C2-261125-0001',
      description: '纸箱（微波炉）',
      count: 1,
      slot: 'L-02',
      source: 'locker',
      lockerDoorId: 'A-07',
      phone: '02158889999',
      deposited: { by: '1024', at: AT - 2 * 60 * 60 * 1000, counter: 'C2' },
    }),
  ];
}

export function lostItem(over: Partial<LostItem> = {}): LostItem {
  return {
    id: 'lost-1',
    number: 'SW-S01-C2-261125-0003',
    description: '黑色双肩包，内有雨伞一把、保温杯一个',
    place: '生鲜区 3号收银台旁',
    foundAt: AT - 30 * 60 * 1000,
    finder: '保洁员 赵阿姨',
    status: 'kept',
    registered: { by: '1024', at: AT, counter: 'C2' },
    printCount: 0,
    conflicts: [],
    pendingEntries: 0,
    ...over,
  };
}

export function lockerDoor(over: Partial<LockerDoor> = {}): LockerDoor {
  return {
    id: 'A-07',
    bank: 'A',
    door: 7,
    size: 'M',
    state: 'free',
    openings: 1,
    pendingEntries: 0,
    lastOpening: {
      by: '1024',
      at: AT,
      counter: 'C2',
      approvedBy: '2001',
      number: 'KG-S01-C2-261125-0001',
      reason: '顾客遗失存包条',
      identity: { contents: '绿色购物袋，内有衣服两件', phone: '13987654321', note: '身份证核对，尾号 0312' },
    },
    ...over,
  };
}

/** A cash refund of a kettle on a receipt, approved outside the window, with a gift deducted. */
export function returnRecord(over: Partial<ReturnRecord> = {}): ReturnRecord {
  return {
    id: 'r1',
    number: 'TH-S01-C2-261125-0003',
    receiptNo: 'POS-00123456',
    purchaseDate: '2026-11-20',
    lines: [{ sku: '6901234567892', name: '电水壶', category: 'appliance', quantity: 1, unitPriceFen: 9990, amountFen: 9990, disposition: 'damaged', quantityBought: 2 }],
    reason: 'quality',
    condition: 'faulty',
    outcome: 'refund',
    refundMethod: 'originalPayment',
    phone: '13812345678',
    totalFen: 9990,
    refundFen: 6990,
    exceptions: ['outsideWindow'],
    exceptionReason: '主管同意',
    giftClawbacks: [{ handoutId: 'h1', handoutNumber: 'ZP-S01-C1-261125-0001', giftName: '保温杯', settlement: 'deducted', deductedFen: 3000 }],
    status: 'registered',
    registered: { by: '1024', at: AT, counter: 'C2', approvedBy: '2001' },
    printCount: 0,
    pendingEntries: 0,
    ...over,
  };
}

/** A gift handed out for receipt R2611250001 at counter C2. */
export function handout(over: Partial<Handout> = {}): Handout {
  return {
    id: 'h1',
    number: 'ZP-S01-C2-261125-0003',
    campaignId: 'c1',
    receiptNo: 'R2611250001',
    receiptAmountFen: 25680,
    giftId: 'G1',
    quantity: 1,
    phone: '13812345678',
    status: 'handedOut',
    handedOut: { by: '1024', at: AT, counter: 'C2' },
    printCount: 0,
    pendingEntries: 0,
    ...over,
  };
}
