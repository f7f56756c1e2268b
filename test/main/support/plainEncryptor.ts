import type { Encryptor } from '../../../electron/main/sync/credentials';

/** A stand-in for safeStorage: reversible, and visibly not the plain text (a test can see nothing is stored readable). */
export const plainEncryptor: Encryptor = {
  isAvailable: () => true,
  encrypt: (text) => Buffer.from(text, 'utf8').reverse(),
  decrypt: (data) => Buffer.from(data).reverse().toString('utf8'),
};
