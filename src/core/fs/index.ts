export * from './types';
export * from './path';
export * from './atomic-write';
export * from './lock';
export * from './listing-snapshot';
