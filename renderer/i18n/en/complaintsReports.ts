import type { complaintsReports as zh } from '../zh-CN/complaintsReports';

/** Texts of the complaint reports screens (English). */
export const complaintsReports: Record<keyof typeof zh, string> = {
};
