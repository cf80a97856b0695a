import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { CliFailure } from '../failure.js';
import { EXIT } from '../io.js';
import { configOption, localeOption, nowOption } from '../options.js';
import { serveMessage } from '../workbench/messages.js';
import { createWorkbenchServer } from '../workbench/server.js';
import { bundleFolder, configFile, requireBundle, servedFolder } from '../workbench/workspace.js';

/** What `serve` accepts besides its argument. */
interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly config?: string;
  readonly now?: string;
  readonly open?: boolean;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

/** Opens a URL in the desktop's browser; a machine without one just keeps the printed link. */
function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no browser: the link is printed
  }
}

/**
 * `crossdept serve [DIR]`: the PMO workbench over the collaboration files under DIR, on 127.0.0.1 unless
 * `--host` says otherwise. It prints the URL with the run's access token (as Jupyter does) and serves until the
 * process is stopped. The security model is described in src/cli/workbench/server.ts and docs/workbench.en.md.
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * new Command('crossdept').addCommand(serveCommand(ctx));
 * ```
 */
export function serveCommand(ctx: CliContext): Command {
  const { locale } = ctx;
  return new Command('serve')
    .description(serveMessage(locale, 'cmdServe'))
    .argument('[dir]', serveMessage(locale, 'argServeDir'), '.')
    .addOption(
      new Option('-p, --port <port>', serveMessage(locale, 'optPort')).default(4173).argParser((value) => {
        const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
        if (port >= 0 && port <= 65535) return port;
        throw new CliFailure('usage', serveMessage(locale, 'invalidPort', { value }));
      }),
    )
    .addOption(new Option('--host <host>', serveMessage(locale, 'optHost')).default('127.0.0.1'))
    .addOption(configOption(locale))
    .addOption(nowOption(locale))
    .addOption(localeOption(locale))
    .addOption(new Option('--open', serveMessage(locale, 'optOpen')))
    .action(async (dir: string, options: ServeOptions) => {
      const root = await servedFolder(dir, ctx);
      const config = await configFile(options.config, ctx);
      const assets = bundleFolder();
      requireBundle(assets, ctx);
      const token = randomBytes(24).toString('base64url');
      const hosts = LOOPBACK.includes(options.host) ? [] : [options.host];
      const server = createWorkbenchServer({
        root,
        token,
        now: options.now ?? ctx.io.today,
        locale,
        ...(config === undefined ? {} : { config }),
        assets,
        hosts,
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', (error) =>
          reject(new CliFailure('unreadable', `${options.host}:${options.port}: ${error.message}`)),
        );
        server.listen(options.port, options.host, resolve);
      });
      const { port } = server.address() as AddressInfo;
      const name = options.host === '::1' ? '[::1]' : options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
      const url = `http://${name}:${port}/?token=${token}`;
      ctx.io.stdout.write(`${serveMessage(locale, 'listening', { url })}\n${serveMessage(locale, 'stop')}\n`);
      if (options.open) openBrowser(url);
      // The listening server keeps the process alive until it is stopped (Ctrl+C).
      ctx.exit(EXIT.ok);
    });
}
