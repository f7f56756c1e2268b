import type { returns as zh } from '../zh-CN/returns';

export const returns: Record<keyof typeof zh, string> = {
  'returns.title': 'returns',
};
