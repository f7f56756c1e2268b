/** Texts of the admin screens (Simplified Chinese). */
export const admin = {
  'admin.title': 'admin',
} as const;
