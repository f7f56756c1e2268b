import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Entry } from '../../shared/domain/entry';
import { hlcToString } from '../../shared/domain/hlc';
import { customerHistory, customerLabel, customerPhones, nameKey } from '../../shared/domain/customers/match';
import { maskPhone, normalisePhone, phoneTail } from '../../shared/domain/customers/phone';
import { INVOICE_TRAIL, shortSummary, STORAGE_TRAIL, trailWrites, type CustomerTrailRow } from '../../shared/domain/customers/trail';
import type { Invoice } from '../../shared/domain/invoices/types';
import { projectStorageItem } from '../../shared/domain/storage/projection';
import type { DepositedData, StorageEntry, StorageItem } from '../../shared/domain/storage/types';
import { fieldErrors } from '../../shared/schema/common';
import { customerSearchInput } from '../../shared/schema/customers';

const T0 = Date.UTC(2026, 10, 25, 2, 0);

function deposit(over: Partial<DepositedData> = {}): StorageItem {
  const e: Entry = {
    id: 'e1',
    recordType: 'storage',
    recordId: 'item-1',
    type: 'deposited',
    schemaVersion: 1,
    store: 'S01',
    counter: 'C2',
    seq: 1,
    hlc: hlcToString({ wall: T0, logical: 0, node: 'C2' }),
    at: T0,
    by: '1001',
    data: { number: 'JC-S01-C2-261125-0001', description: '黑色拉杆箱', count: 1, slot: 'A1', source: 'counter', phone: '13812345678', customerName: '张三', ...over },
  };
  const item = projectStorageItem([e as StorageEntry]);
  if (!item) throw new Error('no item');
  return item;
}

let n = 0;
function row(phone: string, name: string, at: number): CustomerTrailRow {
  n += 1;
  return { key: `complaint/r${n}`, phone, phoneTail: phone.slice(-4), name, at, recordType: 'complaint', recordId: `r${n}`, number: `TS-${n}`, counter: 'C1', summary: '' };
}

describe('phone masking and normalising', () => {
  it('masks a mobile as 138****5678, a short number but its last two digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138 1234-5678')).toBe('138****5678');
    expect(maskPhone('01065529988')).toBe('010****9988');
    expect(maskPhone('123456')).toBe('****56');
  });

  it('compares phones by their digits, full-width and spaces as typed', () => {
    expect(normalisePhone('１３８ 1234-5678')).toBe('13812345678');
    expect(phoneTail('138-1234-5678')).toBe('5678');
  });
});

describe('which records belong to a customer', () => {
  const zhang = row('13812345678', '张三', T0 + 3);
  const zhangReturn = row('13812345678', '', T0 + 5);
  const otherSameTail = row('13912345678', '李四', T0 + 4);
  const namelessSameTail = row('13712345678', '', T0 + 6);
  const rows = [zhang, zhangReturn, otherSameTail, namelessSameTail];

  it('by phone: every record of that phone, newest first, none of another phone with the same last four digits', () => {
    expect(customerHistory(rows, { by: 'phone', phone: '13812345678' })).toEqual([zhangReturn, zhang]);
  });

  it('by last four digits and name: the named record identifies the phone, and a return of that phone (no name asked) is theirs too', () => {
    expect(customerHistory(rows, { by: 'tailAndName', tail: '5678', name: ' 张 三 ' })).toEqual([zhangReturn, zhang]);
  });

  it('four digits with a name nobody gave find nothing: four digits alone are anyone’s', () => {
    expect(customerPhones(rows, { by: 'tailAndName', tail: '5678', name: '王五' }).size).toBe(0);
    expect(customerHistory(rows, { by: 'tailAndName', tail: '5678', name: '王五' })).toEqual([]);
  });

  it('names compare without case or spaces', () => {
    expect(nameKey(' Li  Na ')).toBe(nameKey('li na'));
  });

  it('names the customer masked', () => {
    expect(customerLabel({ by: 'phone', phone: '13812345678' })).toBe('138****5678');
    expect(customerLabel({ by: 'tailAndName', tail: '5678', name: '张三' })).toBe('****5678 张三');
  });
});

describe('the trail rows a record keeps', () => {
  it('a deposit with a phone has one row: phone digits, last four, name, when, where, what', () => {
    expect(STORAGE_TRAIL.rowOf(deposit())).toEqual({
      key: 'storage/item-1',
      phone: '13812345678',
      phoneTail: '5678',
      name: '张三',
      at: T0,
      recordType: 'storage',
      recordId: 'item-1',
      number: 'JC-S01-C2-261125-0001',
      counter: 'C2',
      summary: '黑色拉杆箱 ×1',
    });
    expect(STORAGE_TRAIL.rowOf(deposit({ phone: undefined }))).toBeUndefined();
  });

  it('a corrected phone rewrites the same row (no stale row under the old phone); a phone taken away removes it', () => {
    const rule = STORAGE_TRAIL;
    const before = deposit();
    const corrected = deposit({ phone: '13900001111' });
    const changed = trailWrites([{ rule, recordId: 'item-1', after: corrected, before: { state: before } }]);
    expect(changed.puts.map((r) => [r.key, r.phone])).toEqual([['storage/item-1', '13900001111']]);
    expect(changed.deletes).toEqual([]);
    expect(trailWrites([{ rule, recordId: 'item-1', after: deposit({ phone: undefined }), before: { state: before } }])).toEqual({ puts: [], deletes: ['storage/item-1'] });
  });

  it('a step that leaves the row as it was writes nothing; a rebuild (state before unknown) writes it or clears its key', () => {
    const rule = STORAGE_TRAIL;
    const item = deposit();
    expect(trailWrites([{ rule, recordId: 'item-1', after: { ...item, status: 'released' }, before: { state: item } }])).toEqual({ puts: [], deletes: [] });
    expect(trailWrites([{ rule, recordId: 'item-1', after: item }]).puts).toHaveLength(1);
    expect(trailWrites([{ rule, recordId: 'item-1', after: deposit({ phone: undefined }) }]).deletes).toEqual(['storage/item-1']);
    expect(trailWrites([{ rule, recordId: 'item-1', after: deposit({ phone: undefined }), before: { state: undefined } }])).toEqual({ puts: [], deletes: [] });
  });

  it('an invoice is its customer’s by the phone it goes to; a person’s title is their name, a company’s is not', () => {
    const invoice: Invoice = {
      id: 'inv-1',
      number: 'FP-S01-C1-261125-0001',
      receipts: [{ receiptNo: 'POS-1', receiptTotalFen: 19_900, amountFen: 19_900 }],
      amountFen: 19_900,
      title: '张三',
      buyer: 'person',
      kind: 'ordinary',
      medium: 'electronic',
      phone: '13812345678',
      status: 'requested',
      requested: { by: '1001', at: T0, counter: 'C1' },
      printCount: 0,
      conflicts: [],
    };
    expect(INVOICE_TRAIL.rowOf(invoice)).toMatchObject({ key: 'invoice/inv-1', phone: '13812345678', name: '张三', summary: '张三 · ¥199.00 · POS-1' });
    expect(INVOICE_TRAIL.rowOf({ ...invoice, buyer: 'company', title: '某某有限公司' })?.name).toBe('');
    expect(INVOICE_TRAIL.rowOf({ ...invoice, medium: 'paper', phone: undefined })).toBeUndefined();
  });

  it('keeps a summary to one short line', () => {
    expect(shortSummary('a\n b')).toBe('a b');
    expect(shortSummary('长'.repeat(80))).toHaveLength(60);
  });
});

describe('the lookup field', () => {
  const issues = (raw: unknown) => {
    const r = customerSearchInput.safeParse(raw);
    return r.success ? {} : fieldErrors(r.error);
  };

  it('takes a whole phone (full-width, spaces, dashes) or four digits with a name', () => {
    expect(customerSearchInput.parse({ phone: '１３８ 1234-5678' })).toEqual({ by: 'phone', phone: '13812345678' });
    expect(customerSearchInput.parse({ phone: '5678', name: ' 张三 ' })).toEqual({ by: 'tailAndName', tail: '5678', name: '张三' });
  });

  it('refuses at the field: letters or a short number at the phone, four digits without a name at the name', () => {
    expect(issues({ phone: 'abc' })).toEqual({ phone: 'error.customerPhoneOrTail' });
    expect(issues({ phone: '12345' })).toEqual({ phone: 'error.customerPhoneOrTail' });
    expect(issues({ phone: '' })).toEqual({ phone: 'error.required' });
    expect(issues({ phone: '5678', name: '  ' })).toEqual({ name: 'error.customerNameWithTail' });
    expect(() => customerSearchInput.parse({ phone: '0x12' })).toThrow(ZodError);
  });
});
