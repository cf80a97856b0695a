// Writes the JSON Schemas the package ships in `schemas/` from the code (`npm run schemas`). A test fails when
// the files are stale, so run this after changing the collaboration model or the rule configuration.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMAS } from '../src/cli/schemas.js';

const folder = fileURLToPath(new URL('../schemas/', import.meta.url));
mkdirSync(folder, { recursive: true });
for (const schema of SCHEMAS) {
  writeFileSync(folder + schema.file, schema.text());
  console.log(`schemas/${schema.file}`);
}
