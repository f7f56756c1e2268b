import type { storage as zh } from '../zh-CN/storage';

export const storage: Record<keyof typeof zh, string> = {
  'storage.deposit.title': 'Bulky-item deposit',
};
