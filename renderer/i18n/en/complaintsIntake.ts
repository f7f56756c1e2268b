import type { complaintsIntake as zh } from '../zh-CN/complaintsIntake';

/** Texts of the complaint intake screens (English). */
export const complaintsIntake: Record<keyof typeof zh, string> = {
};
