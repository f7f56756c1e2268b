import type { zhCN } from './zh-CN';

/** Every text key: Simplified Chinese is the reference; English must have the same keys (typed). */
export type MessageKey = keyof typeof zhCN;
