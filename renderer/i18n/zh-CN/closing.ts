/** Texts of the closing screens (Simplified Chinese). */
export const closing = {
  'closing.title': 'closing',
} as const;
