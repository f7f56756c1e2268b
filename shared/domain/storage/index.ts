export * from './types';
export * from './projection';
export * from './rules';
export * from './lostFound';
export * from './lockers';
