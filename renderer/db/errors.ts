/**
 * An expected refusal the clerk must see: `code` is an i18n key, `field` the
 * form field to show it at, `params` fill the message.
 */
export class DeskError extends Error {
  constructor(
    readonly code: string,
    readonly field?: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(code);
    this.name = 'DeskError';
  }
}
