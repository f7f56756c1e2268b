/** Texts of the complaint reports screens (Simplified Chinese). */
export const complaintsReports = {
} as const;
