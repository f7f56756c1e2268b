import type { complaintsWorkflow as zh } from '../zh-CN/complaintsWorkflow';

/** Texts of the complaint workflow screens (English). */
export const complaintsWorkflow: Record<keyof typeof zh, string> = {
};
