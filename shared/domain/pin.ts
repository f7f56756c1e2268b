/**
 * PINs are kept only as salted PBKDF2 hashes made with Web Crypto, which
 * exists in the renderer, in Electron's main process and in Node alike.
 */
export const PIN_HASH_ITERATIONS = 210_000;

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i += 1) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function newPinSalt(): string {
  const salt = new Uint8Array(16);
  crypto.getRandomValues(salt);
  return toHex(salt);
}

export async function hashPin(pin: string, saltHex: string, iterations = PIN_HASH_ITERATIONS): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromHex(saltHex), iterations },
    key,
    256,
  );
  return `pbkdf2-sha256$${iterations}$${toHex(new Uint8Array(bits))}`;
}

export async function verifyPin(pin: string, saltHex: string, stored: string): Promise<boolean> {
  const iterations = Number(stored.split('$')[1]);
  if (!Number.isSafeInteger(iterations) || iterations < 1) return false;
  const candidate = await hashPin(pin, saltHex, iterations);
  // Constant-time comparison: equal length strings, compare all characters.
  if (candidate.length !== stored.length) return false;
  let diff = 0;
  for (let i = 0; i < candidate.length; i += 1) diff |= candidate.charCodeAt(i) ^ stored.charCodeAt(i);
  return diff === 0;
}
