// What fails outside `run` ends in one line and exit code 2, never a stack trace: stdout on a full disk, a
// closed stderr, an exception nobody caught. A reader closing the pipe early (`| head`) stops quietly.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { type CliProcess, guardProcess } from '../../src/cli/process-guard.js';
import { expectNoStack } from './harness.js';

/** A process whose streams and exit are recorded. */
function fakeProcess(exitCode?: number) {
  const written: string[] = [];
  const exits: (number | undefined)[] = [];
  const stream = (write: (chunk: string) => unknown) => Object.assign(new EventEmitter(), { write });
  const events = new EventEmitter();
  const stdout = stream(() => true);
  const stderr = stream((chunk) => written.push(chunk));
  const proc: CliProcess & { emit: EventEmitter['emit'] } = {
    stdout,
    stderr,
    on: (event, listener) => events.on(event, listener),
    emit: (event, ...args) => events.emit(event, ...args),
    exit: (code) => {
      exits.push(code);
    },
    exitCode,
  };
  return { proc, stdout, stderr, written, exits };
}

const fsError = (code: string, text: string) => Object.assign(new Error(`${code}: ${text}, write`), { code });

describe('guardProcess', () => {
  it('stops quietly with the exit code so far when the reader closes the pipe', () => {
    const { proc, stdout, stderr, written, exits } = fakeProcess(1);
    guardProcess(proc, 'en');
    stdout.emit('error', fsError('EPIPE', 'broken pipe'));
    stderr.emit('error', fsError('EPIPE', 'broken pipe'));
    expect(written).toEqual([]);
    expect(exits).toEqual([1, 1]);
  });

  it('says in one line that stdout cannot be written, and exits 2', () => {
    const { proc, stdout, written, exits } = fakeProcess();
    guardProcess(proc, 'zh-CN');
    stdout.emit('error', fsError('ENOSPC', 'no space left on device'));
    expect(written).toEqual(['错误：无法写出结果（ENOSPC: no space left on device）\n']);
    expect(exits).toEqual([2]);
  });

  it('exits 2 when stderr fails, with nowhere left to say it', () => {
    const { proc, stderr, written, exits } = fakeProcess();
    guardProcess(proc, 'en');
    stderr.emit('error', fsError('EIO', 'i/o error'));
    expect(written).toEqual([]);
    expect(exits).toEqual([2]);
  });

  it('turns an uncaught exception into one line without a stack, even an odd one', () => {
    const { proc, written, exits } = fakeProcess();
    guardProcess(proc, 'en');
    const error = new Error('boom\x1b[2J\n    at somewhere (file.js:1:1)');
    proc.emit('uncaughtException', error);
    proc.emit('uncaughtException', {
      toString() {
        throw new Error('no');
      },
    });
    expect(written).toEqual([
      'error: internal error: boom\\u001b[2J (please report this)\n',
      'error: internal error: [object Object] (please report this)\n',
    ]);
    for (const w of written) expectNoStack(w);
    expect(exits).toEqual([2, 2]);
  });
});
