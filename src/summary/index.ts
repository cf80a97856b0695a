export type { CollaborationSummary, SummaryMilestone } from './collaboration-summary.js';
export { SummaryError, type SummaryErrorCode } from './errors.js';
export type { SummaryIssueCode } from './messages.js';
export { type SummarizeCollaborationOptions, summarizeCollaboration } from './summarize-collaboration.js';
