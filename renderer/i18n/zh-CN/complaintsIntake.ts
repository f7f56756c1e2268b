/** Texts of the complaint intake screens (Simplified Chinese). */
export const complaintsIntake = {
} as const;
