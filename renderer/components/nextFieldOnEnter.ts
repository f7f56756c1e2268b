import type { KeyboardEvent } from 'react';

/**
 * A scanner types a model or serial from the product's barcode and ends with
 * Enter: in such a field Enter goes on to the next field instead of
 * submitting a half-filled form. A field that only shows a value (read-only)
 * is passed over.
 */
export function nextFieldOnEnter(e: KeyboardEvent<HTMLInputElement>) {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  const fields = [...(e.currentTarget.form?.querySelectorAll<HTMLElement>('input, select, textarea') ?? [])];
  fields.slice(fields.indexOf(e.currentTarget) + 1).find((f) => !f.hasAttribute('readonly'))?.focus();
}
