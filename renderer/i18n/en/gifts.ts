import type { gifts as zh } from '../zh-CN/gifts';

export const gifts: Record<keyof typeof zh, string> = {
  'gifts.title': 'gifts',
};
