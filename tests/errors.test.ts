import { describe, expect, it } from 'vitest';
import { CrossdeptError } from '../src/errors.js';
import { trapped, unconvertible } from './fixtures/hostile.js';

describe('CrossdeptError', () => {
  it('is built from any issue list without throwing', () => {
    for (const issues of [undefined, null, 'x', [null], [unconvertible], trapped([]), [trapped()]]) {
      const error = new CrossdeptError('invalid_argument', issues as never);
      expect(error.message).toBe('invalid_argument');
      expect(Array.isArray(error.issues)).toBe(true);
    }
    const issue = { code: 'x', path: ['a'], pointer: '/a', message: 'm' };
    expect(new CrossdeptError('c', [issue, null as never]).message).toBe('/a: m');
    expect(new CrossdeptError(Symbol('c') as never, []).message).toBe('symbol');
  });
});
