// summarizeCollaboration: the worked example as `crossdept summary --format json` printed it before the summary
// moved into the library (the golden file), raw input, and every way to call it wrongly, each a SummaryError.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CrossdeptError } from '../../src/errors.js';
import {
  type CollaborationInput,
  type CollaborationSummary,
  SummaryError,
  summarizeCollaboration,
} from '../../src/index.js';
import { cli } from '../cli/harness.js';
import { example, exampleInput } from '../fixtures/example.js';

const GOLDEN = readFileSync(
  fileURLToPath(new URL('./golden/new-product-launch.2026-11-26.json', import.meta.url)),
  'utf8',
);

function thrown(call: () => unknown): SummaryError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(SummaryError);
    expect(error).toBeInstanceOf(CrossdeptError);
    return error as SummaryError;
  }
  throw new Error('expected a SummaryError');
}

describe('summarizeCollaboration', () => {
  it('gives the worked example exactly as `summary --format json` printed it', async () => {
    const summary: CollaborationSummary = summarizeCollaboration(example(), {
      now: '2026-11-26',
      locale: 'en',
    });
    expect(`${JSON.stringify(summary, null, 2)}\n`).toBe(GOLDEN);
    const { code, stdout } = await cli([
      'summary',
      'examples/new-product-launch.yaml',
      '--now',
      '2026-11-26',
      '-f',
      'json',
    ]);
    expect(code).toBe(0);
    // The command line adds the health status to the summary.
    const { health, ...printed } = JSON.parse(stdout);
    expect(`${JSON.stringify(printed, null, 2)}\n`).toBe(GOLDEN);
    expect(health).toEqual({ status: 'green', reasons: [] });
  });

  it('is the same in both locales, and for raw input as for the parsed collaboration', () => {
    const parsed = summarizeCollaboration(example(), { now: '2026-11-26' });
    expect(summarizeCollaboration(example(), { now: '2026-11-26', locale: 'en' })).toEqual(parsed);
    expect(
      summarizeCollaboration(exampleInput() as CollaborationInput, {
        now: '2026-11-26',
        locale: null as never,
      }),
    ).toEqual(parsed);
  });

  it('rejects a collaboration that does not parse with its parse issues, in the locale asked for', () => {
    const input = exampleInput();
    input.milestones[0].due = '2026-02-30';
    delete input.name;
    const error = thrown(() =>
      summarizeCollaboration(input as CollaborationInput, { now: '2026-11-26', locale: 'en' }),
    );
    expect(error.code).toBe('invalid_collaboration');
    expect(error.issues.map((i) => i.pointer)).toEqual(['/name', '/milestones/0/due']);
    expect(error.issues[0]?.message).toMatch(/name/);
    const zh = thrown(() => summarizeCollaboration(input as CollaborationInput, { now: '2026-11-26' }));
    expect(zh.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(thrown(() => summarizeCollaboration(null as never, { now: '2026-11-26' })).code).toBe(
      'invalid_collaboration',
    );
  });

  it.each([
    [
      { now: '2026-02-30', locale: 'en' },
      'invalid_now',
      '/now',
      'The summary date "2026-02-30" is not a valid date (YYYY-MM-DD)',
    ],
    [
      { locale: 'en' },
      'invalid_now',
      '/now',
      'The summary date "undefined" is not a valid date (YYYY-MM-DD)',
    ],
    [{ now: '2026-11-26', locale: 'fr' }, 'invalid_locale', '/locale', '不支持的语言 "fr"，可选：zh-CN、en'],
    [null, 'invalid_options', '', '概览选项应为对象：{ now, locale? }'],
    ['2026-11-26', 'invalid_options', '', '概览选项应为对象：{ now, locale? }'],
  ])('rejects the options %j with %s', (options, code, pointer, message) => {
    const error = thrown(() => summarizeCollaboration(example(), options as never));
    expect(error.code).toBe(code);
    expect(error.issues).toEqual([
      { code, path: pointer === '' ? [] : [pointer.slice(1)], pointer, message },
    ]);
  });

  it('reads each option once, and a getter that throws is an invalid_options error naming it', () => {
    let reads = 0;
    const options = {
      get now() {
        reads++;
        return '2026-11-26';
      },
    };
    expect(summarizeCollaboration(example(), options).now).toBe('2026-11-26');
    expect(reads).toBe(1);
    const hostile = {
      now: '2026-11-26',
      get locale(): never {
        throw new Error('trap');
      },
    };
    const error = thrown(() => summarizeCollaboration(example(), hostile));
    expect(error.code).toBe('invalid_options');
    expect(error.issues[0]).toMatchObject({
      pointer: '/locale',
      message: '概览选项 locale 无法读取（trap）',
    });
  });
});
