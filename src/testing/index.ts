export * from './collaboration.js';
export * from './entities.js';
export * from './primitives.js';
