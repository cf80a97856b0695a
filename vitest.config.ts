import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Type tests (`expectTypeOf`, `// @ts-expect-error`) live in `*.test-d.ts` files, checked by tsc; every other
    // test file runs.
    typecheck: { enabled: true, include: ['tests/**/*.test-d.ts'], tsconfig: 'tsconfig.json' },
  },
});
