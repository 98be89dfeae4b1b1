export * from './common.js';
export * from './dataset.js';
export * from './meta.js';
