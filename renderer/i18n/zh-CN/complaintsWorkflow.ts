/** Texts of the complaint workflow screens (Simplified Chinese). */
export const complaintsWorkflow = {
} as const;
