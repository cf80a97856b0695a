export * from './calendar-of.js';
export * from './errors.js';
export * from './escalations.js';
export * from './health.js';
export * from './messages.js';
export * from './notification/index.js';
