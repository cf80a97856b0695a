/**
 * A stream the command line writes to: `process.stdout`, `process.stderr`, or a fake in tests. `isTTY` and
 * `columns` decide colours, progress bars and table widths.
 *
 * @example `const stream: CliStream = { write: (s: string) => process.stdout.write(s), isTTY: false };`
 */
export interface CliStream {
  /** Writes text; the return value is ignored. */
  write(chunk: string): unknown;
  /** True when the stream is an interactive terminal. */
  readonly isTTY?: boolean | undefined;
  /** The terminal width, when known. */
  readonly columns?: number | undefined;
}

/**
 * The stream the command line reads when an input is `-`: `process.stdin`, or a fake in tests.
 *
 * @example `const stdin: CliInput = { read: async () => 'id: launch\n' };`
 */
export interface CliInput {
  /** Reads the whole input as UTF-8 text; rejects with the system's error when it cannot be read. */
  read(): Promise<string>;
}

/**
 * Everything the command line touches besides files: its streams, environment, working directory and the date
 * `--now` defaults to. `main.ts` passes the real process; tests pass fakes, so every path runs in-process.
 *
 * @example `const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: { read: async () => '' }, env: process.env, cwd: process.cwd(), today: '2026-11-26' };`
 */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /** Read when an input is `-`; at most once a run. */
  readonly stdin: CliInput;
  /** Environment variables (`LANG`, `LC_ALL`, `NO_COLOR`, `FORCE_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
  /** Today as an ISO date: the default of `--now`. Only `main.ts` reads the clock. */
  readonly today: string;
  /** Milliseconds since 1970, for `notify`'s signatures and time limits (`main.ts` passes `Date.now`). */
  readonly clock?: () => number;
  /** Waits between `notify`'s retries (`main.ts` passes a timer; tests pass one that returns at once). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** HTTP for `notify` (the global `fetch` when absent). */
  readonly fetch?: typeof fetch;
}

/** Exit codes: no error findings, error findings, invalid or unreadable input. @example `process.exitCode = EXIT.findings; // 1` */
export const EXIT = { ok: 0, findings: 1, invalid: 2 } as const;

/** One of {@link EXIT}'s codes. @example `const code: ExitCode = EXIT.invalid; // 2` */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
