/** Texts of the lostFound screens (Simplified Chinese). */
export const lostFound = {
  'lostFound.title': 'lostFound',
} as const;
