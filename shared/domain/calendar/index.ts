export * from './days';
export * from './types';
export * from './validate';
export * from './workingTime';
export * from './chineseDays';
export * from './record';
export * from './coverage';
