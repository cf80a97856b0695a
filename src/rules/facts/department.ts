import { defineFacts } from './define.js';

/** Facts about one department. */
export const departmentFacts = defineFacts('department', {
  name: ['text', '部门名称', 'The department’s name', (d) => d.name],
  role: [
    'text',
    '部门角色（decision、execution、support）',
    'The department’s role (decision, execution, support)',
    (d) => d.role,
  ],
  liaisonNamed: [
    'boolean',
    '已指定本部门的日常对接人',
    'A daily liaison is named for the department',
    (d, ctx) => ctx.c.team?.liaisons?.[d.id] !== undefined,
  ],
  liaisonName: [
    'text',
    '对接人姓名（无则为空）',
    'The liaison’s name (empty when none)',
    (d, ctx) => ctx.personName(ctx.c.team?.liaisons?.[d.id]) ?? '',
  ],
  liaisonDepartmentName: [
    'text',
    '对接人所属部门名称（无则为空）',
    'The name of the liaison’s department (empty when none)',
    (d, ctx) => {
      const id = ctx.c.team?.liaisons?.[d.id];
      const person = id === undefined ? undefined : ctx.people.get(id);
      return person === undefined ? '' : (ctx.departmentName(person.department) ?? '');
    },
  ],
  liaisonInDepartment: [
    'boolean',
    '对接人属于本部门',
    'The liaison belongs to the department',
    (d, ctx) => {
      const id = ctx.c.team?.liaisons?.[d.id];
      return id !== undefined && ctx.people.get(id)?.department === d.id;
    },
  ],
  responsibilityCount: [
    'number',
    '职责表中本部门的行数',
    'Rows of the responsibility table for the department',
    (d, ctx) => ctx.owners.rows.get(d.id) ?? 0,
  ],
});
