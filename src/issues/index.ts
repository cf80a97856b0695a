export type { Catalogue, CatalogueEntries, SuggestionParams } from './catalogue.js';
export { defineCatalogue, suggestionSuffix } from './catalogue.js';
export { didYouMean, editDistance } from './did-you-mean.js';
export type { CrossdeptIssue, IssuePath, ValidationResult } from './issue.js';
export { makeIssue } from './make-issue.js';
export { fromJsonPointer, toJsonPointer } from './pointer.js';
