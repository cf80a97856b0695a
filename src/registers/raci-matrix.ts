import type { Locale } from '../i18n/locale.js';
import type { Collaboration, CollaborationInput } from '../model/types.js';
import { type RaciProblemCode, registerMessage } from './messages.js';
import { readRegisterInput } from './read-input.js';

/**
 * A RACI role: Responsible (the row's department and owner), Accountable (the one person who approves),
 * Consulted, Informed.
 *
 * @example
 * ```ts
 * import type { RaciRole } from 'crossdept';
 *
 * const role: RaciRole = 'A';
 * ```
 */
export type RaciRole = 'R' | 'A' | 'C' | 'I';

/** The roles in matrix order. @example `RACI_ROLES.join(''); // 'RACI'` */
export const RACI_ROLES: readonly RaciRole[] = ['R', 'A', 'C', 'I'];

/**
 * One cell: the roles a department takes for a responsibility (in R, A, C, I order; none for an empty cell),
 * written as one code (`RA`, `CI`, `` for none), and the people through whom it takes them.
 *
 * @example
 * ```ts
 * import type { RaciCell } from 'crossdept';
 *
 * const cell: RaciCell = { department: 'rd', roles: ['R', 'A'], code: 'RA', people: ['wang'] };
 * ```
 */
export interface RaciCell {
  readonly department: string;
  readonly roles: readonly RaciRole[];
  readonly code: string;
  readonly people: readonly string[];
}

/**
 * One row of the matrix: a responsibility (by its position, subject id `responsibilities/<index>`), its
 * department and duty, its accountable person, and one cell per department column.
 *
 * @example
 * ```ts
 * import type { RaciRow } from 'crossdept';
 *
 * const row: RaciRow = {
 *   index: 0, subjectId: 'responsibilities/0', department: 'rd', duty: '完成产品功能开发', accountable: 'wang',
 *   cells: [{ department: 'rd', roles: ['R', 'A'], code: 'RA', people: ['wang'] }],
 * };
 * ```
 */
export interface RaciRow {
  readonly index: number;
  readonly subjectId: string;
  readonly department: string;
  readonly duty?: string;
  readonly accountable?: string;
  readonly cells: readonly RaciCell[];
}

/**
 * A problem of the matrix: its code, the row (position and JSON Pointer), the people concerned and a message in
 * the requested locale.
 *
 * @example
 * ```ts
 * import type { RaciProblem } from 'crossdept';
 *
 * const p: RaciProblem = {
 *   code: 'no_accountable', index: 1, pointer: '/responsibilities/1/accountable', people: [],
 *   message: 'Row 2 of the responsibility table (“制定推广方案并执行”) has no accountable person (A)',
 * };
 * ```
 */
export interface RaciProblem {
  readonly code: RaciProblemCode;
  readonly index: number;
  readonly pointer: string;
  readonly people: readonly string[];
  readonly message: string;
}

/**
 * The RACI matrix of a collaboration: the department columns (every department, in document order), one row per
 * responsibility, the problems found, and whether the collaboration uses RACI at all (some row names an
 * `accountable`; rules check the matrix only then).
 *
 * @example
 * ```ts
 * import type { RaciMatrix } from 'crossdept';
 *
 * const empty: RaciMatrix = { departments: [], rows: [], problems: [], usesRaci: false };
 * ```
 */
export interface RaciMatrix {
  readonly departments: readonly string[];
  readonly rows: readonly RaciRow[];
  readonly problems: readonly RaciProblem[];
  readonly usesRaci: boolean;
}

/**
 * Options of {@link raciMatrix}.
 *
 * @example
 * ```ts
 * import type { RaciMatrixOptions } from 'crossdept';
 *
 * const options: RaciMatrixOptions = { locale: 'en' };
 * ```
 */
export interface RaciMatrixOptions {
  /** The locale of the problems' messages and of the issues of a rejection: `zh-CN` (the default) or `en`. */
  readonly locale?: Locale;
}

/** The duty as a key: rows with the same (trimmed, non-blank) duty are the same task. */
function dutyKey(duty: string | undefined): string | undefined {
  const key = duty?.trim();
  return key === undefined || key === '' ? undefined : key;
}

/**
 * The RACI matrix of a parsed collaboration (see {@link raciMatrix}).
 *
 * @param c - A parsed collaboration.
 * @param locale - The locale of the problems' messages.
 * @returns The matrix.
 */
export function raciMatrixOf(c: Collaboration, locale: Locale): RaciMatrix {
  const people = new Map(c.people.map((p) => [p.id, p]));
  const departmentIds = new Set(c.departments.map((d) => d.id));
  const departments = [...departmentIds];
  const departmentOf = (id: string): string | undefined =>
    departmentIds.has(id) ? id : people.get(id)?.department;
  const name = (id: string | undefined): string => (id === undefined ? '' : (people.get(id)?.name ?? id));

  // The accountable people of each duty, to find a task several people think they approve.
  const byDuty = new Map<string, Set<string>>();
  for (const r of c.responsibilities) {
    const key = dutyKey(r.duty);
    if (key === undefined || r.accountable === undefined) continue;
    const set = byDuty.get(key) ?? new Set<string>();
    set.add(r.accountable);
    byDuty.set(key, set);
  }

  const rows: RaciRow[] = [];
  const problems: RaciProblem[] = [];
  c.responsibilities.forEach((r, index) => {
    const roles = new Map<string, { roles: Set<RaciRole>; people: Set<string> }>();
    const mark = (department: string | undefined, role: RaciRole, person?: string) => {
      if (department === undefined || !departmentIds.has(department)) return;
      const cell = roles.get(department) ?? { roles: new Set<RaciRole>(), people: new Set<string>() };
      roles.set(department, cell);
      cell.roles.add(role);
      if (person !== undefined) cell.people.add(person);
    };
    mark(r.department, 'R', r.owner);
    if (r.owner !== undefined && departmentOf(r.owner) !== r.department)
      mark(departmentOf(r.owner), 'R', r.owner);
    if (r.accountable !== undefined) mark(departmentOf(r.accountable), 'A', r.accountable);
    for (const id of r.consulted ?? []) mark(departmentOf(id), 'C', people.has(id) ? id : undefined);
    for (const id of r.informed ?? []) mark(departmentOf(id), 'I', people.has(id) ? id : undefined);
    const cells = departments.map((department): RaciCell => {
      const cell = roles.get(department);
      const list = RACI_ROLES.filter((role) => cell?.roles.has(role) === true);
      return { department, roles: list, code: list.join(''), people: [...(cell?.people ?? [])] };
    });
    rows.push({
      index,
      subjectId: `responsibilities/${index}`,
      department: r.department,
      ...(r.duty === undefined ? {} : { duty: r.duty }),
      ...(r.accountable === undefined ? {} : { accountable: r.accountable }),
      cells,
    });

    const params = { row: index + 1, duty: r.duty ?? name(r.owner) };
    const pointer = `/responsibilities/${index}/accountable`;
    if (r.accountable === undefined) {
      problems.push({
        code: 'no_accountable',
        index,
        pointer,
        people: [],
        message: registerMessage(locale, 'no_accountable', params),
      });
      return;
    }
    const key = dutyKey(r.duty);
    const shared = key === undefined ? undefined : byDuty.get(key);
    if (shared !== undefined && shared.size > 1) {
      const list = [...shared];
      problems.push({
        code: 'several_accountable',
        index,
        pointer,
        people: list,
        message: registerMessage(locale, 'several_accountable', {
          ...params,
          people: list.map(name).join(locale === 'zh-CN' ? '、' : ', '),
        }),
      });
    }
    if (people.get(r.accountable)?.decisionAuthority !== true) {
      problems.push({
        code: 'accountable_without_authority',
        index,
        pointer,
        people: [r.accountable],
        message: registerMessage(locale, 'accountable_without_authority', {
          ...params,
          person: name(r.accountable),
        }),
      });
    }
  });
  return {
    departments,
    rows,
    problems,
    usesRaci: c.responsibilities.some((r) => r.accountable !== undefined),
  };
}

/**
 * The RACI matrix of a collaboration: departments across, responsibilities down. A row's department and owner
 * are its R, `accountable` its A, `consulted` its C and `informed` its I (a person counts for their department).
 * The problems list every row with no A, a duty shared by rows with different As, and an A without decision
 * authority. Pure and deterministic.
 *
 * @param collaboration - A collaboration (parsed, or an object that parses; it is validated).
 * @param options - `locale` of the problems' messages and of a rejection (`zh-CN` by default).
 * @returns The matrix: one row per responsibility, one column per department.
 * @throws {@link RegisterError} (and never anything else) with code `invalid_options`, `invalid_locale`, or
 *   `invalid_collaboration` with the issues of `parseCollaboration`.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { loadCollaboration, raciMatrix } from 'crossdept';
 *
 * const loaded = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (loaded.success) {
 *   const matrix = raciMatrix(loaded.data, { locale: 'en' });
 *   console.log(matrix.departments); // ['rd', 'mkt', 'sales', 'cs', 'gm']
 *   console.log(matrix.rows[0]?.cells.map((cell) => cell.code)); // ['R', '', '', '', '']
 * }
 * ```
 */
export function raciMatrix(
  collaboration: Collaboration | CollaborationInput,
  options?: RaciMatrixOptions,
): RaciMatrix {
  const { c, locale } = readRegisterInput(collaboration, options, false);
  return raciMatrixOf(c, locale);
}
