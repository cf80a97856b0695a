export { RegisterError, type RegisterErrorCode } from './errors.js';
export type { RaciProblemCode, RegisterIssueCode } from './messages.js';
export { type OpenAction, type OpenActionsOptions, openActions } from './open-actions.js';
export {
  RACI_ROLES,
  type RaciCell,
  type RaciMatrix,
  type RaciMatrixOptions,
  type RaciProblem,
  type RaciRole,
  type RaciRow,
  raciMatrix,
} from './raci-matrix.js';
