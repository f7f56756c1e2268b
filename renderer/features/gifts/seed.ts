/**
 * A draw's seed: 128 bits from the platform's cryptographic generator
 * (crypto.getRandomValues), as 32 hex digits. It is shown before the draw
 * and kept in the record; the draw itself is the pure seeded function in
 * shared/domain/gifts/draw.ts.
 */
export function newDrawSeed(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
