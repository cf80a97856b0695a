import { describe, expect, it } from 'vitest';
import { CrossdeptError } from '../../src/errors.js';
import { argumentError, argumentMessage, guarded } from '../../src/i18n/argument.js';
import { failure, trapped } from '../fixtures/hostile.js';

describe('argument errors', () => {
  it('name the argument and what it must be, in both locales', () => {
    const error = argumentError('invalid_argument', ['collaboration', 'milestones', 3, 'id'], {
      kind: 'node',
    });
    expect(error).toBeInstanceOf(CrossdeptError);
    expect(error.code).toBe('invalid_argument');
    expect(error.issues).toEqual([
      {
        code: 'invalid_argument',
        path: ['collaboration', 'milestones', 3, 'id'],
        pointer: '/collaboration/milestones/3/id',
        message: '参数 collaboration.milestones[3].id 应为依赖节点 { id: 文本, dependsOn?: 文本列表 }',
        messages: {
          'zh-CN': '参数 collaboration.milestones[3].id 应为依赖节点 { id: 文本, dependsOn?: 文本列表 }',
          en: 'Argument collaboration.milestones[3].id must be a dependency node { id: text, dependsOn?: list of text }',
        },
      },
    ]);
    expect(argumentMessage('en', 'invalid_locale', { path: ['locale'], value: 'fr' })).toBe(
      'Unsupported locale "fr"; use zh-CN or en',
    );
  });

  it('guarded turns what a hostile argument throws into invalid_argument, keeping CrossdeptErrors', () => {
    const error = failure(
      () => guarded(['calendar'], () => (trapped() as { holidays: unknown }).holidays),
      'invalid_argument',
    );
    expect(error.issues[0]?.message).toBe('参数 calendar 无法读取：hostile trap');
    const own = argumentError('invalid_locale', ['locale'], { value: 'fr' });
    expect(() =>
      guarded(['x'], () => {
        throw own;
      }),
    ).toThrow(own);
  });
});
