import { describe, expect, it } from 'vitest';
import type { CollaborationInput } from '../../src/model/types.js';
import { loadRulesConfig } from '../../src/rules/config/load.js';
import { RulesError } from '../../src/rules/errors.js';
import { type EvaluateOptions, evaluate, evaluateSync } from '../../src/rules/evaluate.js';
import { example } from '../fixtures/example.js';
import { NOW } from './helpers.js';

const thrower = (): never => {
  throw new Error('hostile trap');
};

/** A Proxy whose every trap throws. */
function trapped(): object {
  return new Proxy({}, { get: thrower, has: thrower, ownKeys: thrower, getOwnPropertyDescriptor: thrower });
}

/**
 * The error `evaluate` rejects with and `evaluateSync` throws for options as they are (not copied: a Proxy stays
 * a Proxy); asserts both are the same RulesError.
 */
async function rejection(options: unknown): Promise<RulesError> {
  const c = example();
  const rejected = await evaluate(c, options as EvaluateOptions).then(
    () => expect.fail('evaluate resolved'),
    (e: unknown) => e,
  );
  let thrown: unknown;
  try {
    evaluateSync(c, options as EvaluateOptions);
    expect.fail('evaluateSync returned');
  } catch (e) {
    thrown = e;
  }
  expect(rejected).toBeInstanceOf(RulesError);
  expect(thrown).toBeInstanceOf(RulesError);
  expect(thrown).toMatchObject({
    code: (rejected as RulesError).code,
    issues: (rejected as RulesError).issues,
  });
  return rejected as RulesError;
}

describe('evaluate options', () => {
  it('rejects a failed loadRulesConfig result without issues as invalid_config, not a TypeError', async () => {
    for (const config of [
      { success: false },
      { success: false, issues: [null] },
      { success: false, issues: 3 },
    ]) {
      const error = await rejection({ now: NOW, locale: 'en', config });
      expect(error.code).toBe('invalid_config');
      expect(error.issues).toEqual([
        {
          code: 'invalid_config_result',
          path: ['config', 'issues'],
          pointer: '/config/issues',
          message: 'The config is a failed loadRulesConfig result, but its list of issues cannot be read',
        },
      ]);
    }
    const zh = await rejection({ now: NOW, config: { success: false } });
    expect(zh.issues[0]?.message).toBe('配置是一个失败的 loadRulesConfig 结果，但其中的问题列表无法读取');
  });

  it('refuses a config given as text, pointing to loadRulesConfig, and takes that result', async () => {
    const text = 'rules: { retro.recognition: off }';
    const en = await rejection({ now: NOW, locale: 'en', config: text });
    expect(en.code).toBe('invalid_config');
    expect(en.issues).toEqual([
      {
        code: 'config_is_text',
        path: ['config'],
        pointer: '/config',
        message:
          'The config is text: read it with loadRulesConfig (which reports lines and columns) and pass its result as config',
      },
    ]);
    const zh = await rejection({ now: NOW, config: '' });
    expect(zh.issues[0]?.message).toBe(
      '配置是文本：请先用 loadRulesConfig 读取（它给出行号和列号），再把它的结果作为 config 传入',
    );
    const loaded = loadRulesConfig(text);
    const report = evaluateSync(example(), { now: NOW, config: loaded });
    expect(report.findings.map((f) => f.ruleId)).not.toContain('retro.recognition');
  });

  it('passes on the issues of a failed loadRulesConfig result', async () => {
    const issue = {
      code: 'unknown_rule',
      path: ['rules', 'x'],
      pointer: '/rules/x',
      message: 'There is no rule "x"',
    };
    const error = await rejection({ now: NOW, config: { success: false, issues: [issue] } });
    expect(error).toMatchObject({ code: 'invalid_config', issues: [issue] });
  });

  it('rejects an unknown locale with invalid_locale, in zh-CN, instead of falling back', async () => {
    for (const locale of ['fr', 'EN', '', 0, {}]) {
      const error = await rejection({ now: NOW, locale });
      expect(error.code).toBe('invalid_locale');
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]).toMatchObject({ code: 'invalid_locale', path: ['locale'], pointer: '/locale' });
    }
    expect((await rejection({ now: NOW, locale: 'fr' })).issues[0]?.message).toBe(
      '不支持的语言 "fr"，可选：zh-CN、en',
    );
  });

  it('rejects options that are not an object with invalid_options', async () => {
    for (const options of [null, undefined, 'now', 20261126]) {
      const error = await rejection(options);
      expect(error).toMatchObject({
        code: 'invalid_options',
        issues: [{ code: 'invalid_options', pointer: '' }],
      });
      expect(error.issues[0]?.message).toBe('评估选项应为对象：{ now, config?, locale?, engine? }');
    }
  });

  it('rejects options it cannot read (a Proxy, a getter that throws) with invalid_options', async () => {
    const proxy = await rejection(trapped());
    expect(proxy.code).toBe('invalid_options');
    const getter = Object.defineProperty({ now: NOW }, 'locale', { get: thrower, enumerable: true });
    const error = await rejection(getter);
    expect(error.code).toBe('invalid_options');
    expect(error.issues[0]).toMatchObject({ code: 'invalid_options', path: ['locale'] });
    expect(error.issues[0]?.message).toBe('评估选项 locale 无法读取（hostile trap）');
  });

  it('rejects a config it cannot read with invalid_config', async () => {
    const proxy = await rejection({ now: NOW, locale: 'en', config: trapped() });
    expect(proxy.code).toBe('invalid_config');
    const data = Object.defineProperty({ success: true }, 'data', { get: thrower, enumerable: true });
    const error = await rejection({ now: NOW, locale: 'en', config: data });
    expect(error.code).toBe('invalid_config');
    expect(error.issues[0]).toMatchObject({ path: ['config', 'data'] });
    expect(error.issues[0]?.message).toBe('The evaluation option config.data cannot be read (hostile trap)');
  });

  it('unwraps one loadRulesConfig result only, so nested results are rejected instead of recursed into', async () => {
    let config: unknown = { rules: {} };
    for (let i = 0; i < 200_000; i++) config = { success: true, data: config };
    const error = await rejection({ now: NOW, config });
    expect(error.code).toBe('invalid_config');
  });

  it('reads null and undefined optional fields as their defaults', async () => {
    const c = example();
    const plain = evaluateSync(c, { now: '2026-12-20' });
    expect(plain.findings.length).toBeGreaterThan(0);
    const nulls = {
      now: '2026-12-20',
      locale: null,
      config: null,
      engine: null,
    } as unknown as EvaluateOptions;
    expect(evaluateSync(c, nulls)).toEqual(plain);
    expect(await evaluate(c, nulls)).toEqual(plain);
    const undefineds = {
      now: '2026-12-20',
      locale: undefined,
      config: undefined,
      engine: undefined,
    } as unknown as EvaluateOptions;
    expect(evaluateSync(c, undefineds)).toEqual(plain);
  });

  it('reads each option once, so a getter cannot answer differently the second time', async () => {
    let reads = 0;
    const options = Object.defineProperty({ now: NOW }, 'locale', {
      get: () => (reads++ === 0 ? 'en' : 'fr'),
      enumerable: true,
    });
    const report = await evaluate(example() as CollaborationInput, options as EvaluateOptions);
    expect(report.findings).toEqual([]);
    expect(reads).toBe(1);
  });
});
