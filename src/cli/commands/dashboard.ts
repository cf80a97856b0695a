import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { CliFailure } from '../failure.js';
import { reason } from '../files.js';
import { EXIT } from '../io.js';
import { configOption, localeOption, nowOption } from '../options.js';
import { confine, listFiles, readServedFile, type WorkbenchFile } from '../workbench/files.js';
import { serveMessage } from '../workbench/messages.js';
import { workbenchPage } from '../workbench/page.js';
import { bundleFolder, configFile, requireBundle, servedFolder } from '../workbench/workspace.js';

/** What `dashboard` accepts besides its argument. */
interface DashboardOptions {
  readonly output: string;
  readonly config?: string;
  readonly now?: string;
}

/**
 * `crossdept dashboard DIR -o SITE/`: the workbench's pages as a static, read-only site — `index.html` with the
 * files' text inside, `app.js` and `app.css` — that opens from the file system or any intranet web server.
 * Editing there happens in the page's memory and can be downloaded; nothing is written back.
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * new Command('crossdept').addCommand(dashboardCommand(ctx));
 * ```
 */
export function dashboardCommand(ctx: CliContext): Command {
  const { locale } = ctx;
  return new Command('dashboard')
    .description(serveMessage(locale, 'cmdDashboard'))
    .argument('<dir>', serveMessage(locale, 'argDashboardDir'))
    .addOption(new Option('-o, --output <dir>', serveMessage(locale, 'optSite')).makeOptionMandatory())
    .addOption(configOption(locale))
    .addOption(nowOption(locale))
    .addOption(localeOption(locale))
    .action(async (dir: string, options: DashboardOptions) => {
      const root = await servedFolder(dir, ctx);
      const config = await configFile(options.config, ctx);
      const assets = bundleFolder();
      requireBundle(assets, ctx);
      const files: WorkbenchFile[] = [];
      for (const name of await listFiles(root, config === undefined ? [] : [config])) {
        const real = await confine(root, name);
        const file = real === undefined ? undefined : await readServedFile(real, name);
        if (file !== undefined) files.push(file);
      }
      const configText = config === undefined ? null : ((await readServedFile(config, 'config')) ?? null);
      const site = resolve(ctx.io.cwd, options.output);
      const page = workbenchPage({
        mode: 'static',
        now: options.now ?? ctx.io.today,
        locale,
        files,
        config: configText,
      });
      try {
        await mkdir(site, { recursive: true });
        await writeFile(join(site, 'index.html'), page, 'utf8');
        await copyFile(join(assets, 'app.js'), join(site, 'app.js'));
        await copyFile(join(assets, 'app.css'), join(site, 'app.css'));
      } catch (error) {
        throw new CliFailure('write_failed', `${options.output}: ${reason(error)}`);
      }
      ctx.io.stdout.write(
        `${serveMessage(locale, 'dashboardWritten', { count: files.length, path: options.output })}\n`,
      );
      ctx.exit(EXIT.ok);
    });
}
