/** Texts of the returns screens (Simplified Chinese). */
export const returns = {
  'returns.title': 'returns',
} as const;
