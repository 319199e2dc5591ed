export * from './types';
export * from './outlets';
export * from './dates';
export * from './read-text';
export * from './articles-table';
export * from './effective';
export * from './edit';
export * from './sidecar-listing';
