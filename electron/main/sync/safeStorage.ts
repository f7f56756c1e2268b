import { safeStorage } from 'electron';
import type { Encryptor } from './credentials';

/** Electron's safeStorage (DPAPI on Windows, Keychain on macOS, the secret service on Linux) as the credentials' encryptor. */
export const electronEncryptor: Encryptor = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  encrypt: (text) => safeStorage.encryptString(text),
  decrypt: (data) => safeStorage.decryptString(data),
};
