export * from './errors.js';
export * from './i18n/locale.js';
export * from './i18n/pointer.js';
export * from './model/index.js';
export * from './rules/report.js';
export * from './schedule/index.js';
