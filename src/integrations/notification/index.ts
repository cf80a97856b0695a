export * from './channels.js';
export * from './compose.js';
export * from './items.js';
export * from './webhook-schema.js';
