export * from './types';
export * from './apply';
export * from './decide';
export * from './review';
export * from './article-layer';
export * from './type-hint';
export * from './slice';
