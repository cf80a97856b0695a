export * from './critical-path.js';
export * from './day.js';
export * from './due.js';
export * from './graph.js';
export * from './working-days.js';
