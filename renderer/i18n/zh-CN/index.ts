import { admin } from './admin';
import { closing } from './closing';
import { common } from './common';
import { lockers } from './lockers';
import { lostFound } from './lostFound';
import { storage } from './storage';

export const zhCN = { ...common, ...storage, ...lostFound, ...lockers, ...closing, ...admin } as const;
