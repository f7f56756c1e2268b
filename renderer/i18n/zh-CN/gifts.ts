/** Texts of the gifts screens (Simplified Chinese). */
export const gifts = {
  'gifts.title': 'gifts',
} as const;
