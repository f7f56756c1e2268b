/** Texts of the lockers screens (Simplified Chinese). */
export const lockers = {
  'lockers.title': 'lockers',
} as const;
