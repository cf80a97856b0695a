import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/engine/errors.js';
import { createEngineIssue } from '../../src/engine/issue.js';
import { CrossdeptError } from '../../src/errors.js';

describe('EngineError', () => {
  it('is a CrossdeptError with a code and bilingual issues', () => {
    const issue = createEngineIssue('undefined_fact', ['rules', 0], { fact: 'budget' }, 'en');
    const error = new EngineError('evaluation_failed', [issue]);
    expect(error).toBeInstanceOf(CrossdeptError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('EngineError');
    expect(error.code).toBe('evaluation_failed');
    expect(error.issues[0]?.messages['zh-CN']).toContain('budget');
    expect(error.message).toBe(
      '/rules/0: Undefined fact: budget (set allowUndefinedFacts: true to allow missing facts)',
    );
  });
});
