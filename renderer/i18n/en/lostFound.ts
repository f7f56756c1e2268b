import type { lostFound as zh } from '../zh-CN/lostFound';

export const lostFound: Record<keyof typeof zh, string> = {
  'lostFound.title': 'lostFound',
};
