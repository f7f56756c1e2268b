import { describe, expect, it } from 'vitest';
import { hashPin, newPinSalt, verifyPin } from '../../shared/domain/pin';

describe('PIN hashing', () => {
  it('verifies the right PIN and refuses a wrong one', async () => {
    const salt = newPinSalt();
    const stored = await hashPin('482913', salt, 1000);
    expect(stored).not.toContain('482913');
    expect(await verifyPin('482913', salt, stored)).toBe(true);
    expect(await verifyPin('482914', salt, stored)).toBe(false);
  });

  it('salts: the same PIN gives different hashes', async () => {
    expect(await hashPin('1234', newPinSalt(), 1000)).not.toBe(await hashPin('1234', newPinSalt(), 1000));
  });

  it('refuses a malformed stored hash', async () => {
    expect(await verifyPin('1234', newPinSalt(), 'garbage')).toBe(false);
  });
});
