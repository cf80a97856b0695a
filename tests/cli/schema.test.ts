import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../src/cli/schemas.js';
import { collaborationJsonSchema } from '../../src/model/json-schema.js';
import { cli, root } from './harness.js';

describe('crossdept schema', () => {
  it('prints the collaboration JSON Schema', async () => {
    const { code, stdout } = await cli(['schema', 'collaboration']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(collaborationJsonSchema());
  });

  it('rejects an unknown name with a did-you-mean (exit 2)', async () => {
    const { code, stderr } = await cli(['schema', 'colaboration']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^error: unknown schema "colaboration"; choose one of: collaboration.*; did you mean "collaboration"\?\n$/,
    );
  });

  it.each(SCHEMAS.map((s) => [s.file, s] as const))(
    'ships schemas/%s up to date (npm run schemas)',
    (file, schema) => {
      expect(readFileSync(`${root}schemas/${file}`, 'utf8')).toBe(schema.text());
    },
  );
});
