import type { lockers as zh } from '../zh-CN/lockers';

export const lockers: Record<keyof typeof zh, string> = {
  'lockers.title': 'lockers',
};
