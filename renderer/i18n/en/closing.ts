import type { closing as zh } from '../zh-CN/closing';

export const closing: Record<keyof typeof zh, string> = {
  'closing.title': 'closing',
};
