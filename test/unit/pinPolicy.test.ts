import { describe, expect, it } from 'vitest';
import { afterWrongPin, lockoutWait, minPinLength, NO_PIN_FAILURES, pinMustChange, pinWaitInWords, pinWaitLeft } from '../../shared/domain/pinPolicy';
import { ROLES } from '../../shared/domain/staff';
import { firstRunInput, newPinInput, staffCreateInput } from '../../shared/schema/setup';

const MINUTE = 60_000;

describe('PIN length by role', () => {
  it('supervisors and store managers need 6 digits, everyone else 4', () => {
    expect(Object.fromEntries(ROLES.map((r) => [r, minPinLength(r)]))).toEqual({ clerk: 4, lead: 4, supervisor: 6, storeManager: 6, technician: 4 });
  });

  it('a PIN shorter than the role needs must be changed at sign-in', () => {
    expect(pinMustChange('supervisor', '1234')).toBe(true);
    expect(pinMustChange('storeManager', '12345')).toBe(true);
    expect(pinMustChange('supervisor', '123456')).toBe(false);
    expect(pinMustChange('clerk', '1234')).toBe(false);
  });

  it('creating a supervisor or store manager with a 4-digit PIN is refused at the PIN field; a clerk may have 4', () => {
    const staff = (role: string, pin: string) => staffCreateInput.safeParse({ staffNo: '2002', name: '张三', role, pin, pinAgain: pin });
    expect(staff('supervisor', '1234').error?.issues).toEqual([expect.objectContaining({ path: ['pin'], message: 'error.pinShortForRole' })]);
    expect(staff('storeManager', '12345').error?.issues[0]?.message).toBe('error.pinShortForRole');
    expect(staff('supervisor', '123456').success).toBe(true);
    expect(staff('clerk', '1234').success).toBe(true);
    expect(newPinInput('storeManager').safeParse({ pin: '1234', pinAgain: '1234' }).error?.issues[0]).toMatchObject({ path: ['pin'], message: 'error.pinShortForRole' });
    expect(newPinInput('lead').safeParse({ pin: '1234', pinAgain: '1234' }).success).toBe(true);
  });

  it("first run's supervisor needs 6 digits", () => {
    const setUp = (pin: string) =>
      firstRunInput.safeParse({ storeName: '华联超市五一店', storeCode: 'S01', counterCode: 'C1', supervisorNo: '9001', supervisorName: '王主管', pin, pinAgain: pin });
    expect(setUp('9001').error?.issues[0]).toMatchObject({ path: ['pin'], message: 'error.pinShortForRole' });
    expect(setUp('900100').success).toBe(true);
  });

  it('full-width digits from a Chinese input method are the same PIN; letters and 9 digits are not a PIN', () => {
    expect(newPinInput('supervisor').parse({ pin: '９００１００', pinAgain: '900100' }).pin).toBe('900100');
    expect(newPinInput('clerk').safeParse({ pin: '12a4', pinAgain: '12a4' }).error?.issues[0]?.message).toBe('error.pin');
    expect(newPinInput('clerk').safeParse({ pin: '123456789', pinAgain: '123456789' }).error?.issues[0]?.message).toBe('error.pin');
  });
});

describe('the wait after wrong PINs', () => {
  it('nothing for the first four, then 30 s, 1, 2, 5, 10 and at most 15 minutes', () => {
    expect([0, 1, 4].map(lockoutWait)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 50].map(lockoutWait)).toEqual([30_000, MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 15 * MINUTE, 15 * MINUTE]);
  });

  it('counts down from the last wrong PIN; a clock set back never makes it longer', () => {
    let failures = NO_PIN_FAILURES;
    for (let i = 0; i < 5; i += 1) failures = afterWrongPin(failures, 1_000_000);
    expect(pinWaitLeft(failures, 1_000_000)).toBe(30_000);
    expect(pinWaitLeft(failures, 1_010_000)).toBe(20_000);
    expect(pinWaitLeft(failures, 1_030_000)).toBe(0);
    expect(pinWaitLeft(failures, 0)).toBe(30_000);
    expect(pinWaitLeft(afterWrongPin(NO_PIN_FAILURES, 5), 5)).toBe(0);
  });

  it('says the wait in seconds under a minute, else whole minutes rounded up', () => {
    expect(pinWaitInWords(30_000)).toEqual({ unit: 'seconds', count: 30 });
    expect(pinWaitInWords(400)).toEqual({ unit: 'seconds', count: 1 });
    expect(pinWaitInWords(MINUTE)).toEqual({ unit: 'minutes', count: 1 });
    expect(pinWaitInWords(MINUTE + 1)).toEqual({ unit: 'minutes', count: 2 });
  });
});
