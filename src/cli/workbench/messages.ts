import { defineCatalogue, type Locale } from '../../index.js';

/**
 * Why the workbench server refused a request, or what it says about a run.
 *
 * @example
 * ```ts
 * import type { ServeMessageCode } from './messages.js';
 *
 * const code: ServeMessageCode = 'forbiddenHost';
 * ```
 */
export type ServeMessageCode =
  | 'forbiddenHost'
  | 'missingToken'
  | 'forbiddenPath'
  | 'notFound'
  | 'methodNotAllowed'
  | 'conflict'
  | 'invalidText'
  | 'tooLarge'
  | 'preconditionRequired'
  | 'badRequest'
  | 'writeFailed'
  | 'openWithToken'
  | 'listening'
  | 'stop'
  | 'dashboardWritten'
  | 'cmdServe'
  | 'cmdDashboard'
  | 'argServeDir'
  | 'argDashboardDir'
  | 'optPort'
  | 'optHost'
  | 'optOpen'
  | 'optSite'
  | 'invalidPort'
  | 'noBundle';

/** The values a message mentions. @example `const p: ServeMessageParams = { url: 'http://127.0.0.1:4173/' };` */
export interface ServeMessageParams {
  readonly suggestion?: string;
  readonly value?: string;
  readonly url?: string;
  readonly count?: number;
  readonly path?: string;
  readonly host?: string;
}

/**
 * The workbench server's messages, in both locales.
 *
 * @example
 * ```ts
 * import { serveMessage } from './messages.js';
 *
 * serveMessage('en', 'forbiddenHost', { host: 'evil.example' });
 * ```
 */
export const serveMessage: (locale: Locale, code: ServeMessageCode, params?: ServeMessageParams) => string =
  defineCatalogue<ServeMessageCode, ServeMessageParams>({
    en: {
      forbiddenHost: (p) =>
        `host "${p.host ?? ''}" is not served: open the workbench at the address crossdept serve printed`,
      missingToken: () => 'this request needs the access token of the running crossdept serve',
      forbiddenPath: () => 'only collaboration files inside the served folder can be read or written',
      notFound: () => 'not found',
      methodNotAllowed: () => 'method not allowed',
      conflict: () =>
        'the file changed since it was opened (on disk or in another tab): nothing was written; merge and save again',
      invalidText: (p) => `the text does not parse (${p.count ?? 0} issues): nothing was written`,
      tooLarge: () => 'the request is too large',
      preconditionRequired: () => 'a save must carry the version it edited (If-Match)',
      badRequest: () => 'the request is not understood',
      writeFailed: () => 'the file could not be written',
      openWithToken: () =>
        'Open the workbench with the link crossdept serve printed (it carries the access token).',
      listening: (p) => `crossdept workbench: ${p.url ?? ''}`,
      stop: () => 'Press Ctrl+C to stop.',
      dashboardWritten: (p) =>
        `wrote the dashboard of ${p.count ?? 0} ${p.count === 1 ? 'file' : 'files'} to ${p.path ?? ''}`,
      cmdServe: () =>
        'open the PMO workbench on the collaboration files under a folder: portfolio, Gantt, findings, editor',
      cmdDashboard: () => 'write the workbench as a static, read-only site (no server needed)',
      argServeDir: () => 'the folder of collaboration files (default: the current folder)',
      argDashboardDir: () => 'the folder of collaboration files',
      optPort: () => 'the port to listen on (0 picks a free one)',
      optHost: () => 'the address to listen on (only 127.0.0.1 unless given)',
      optOpen: () => 'open the workbench in the default browser',
      optSite: () => 'the folder to write the site to',
      invalidPort: (p) => `invalid port "${p.value ?? ''}": expected a number from 0 to 65535`,
      noBundle: (p) => `the workbench's browser bundle is missing at ${p.path ?? ''}: run npm run build`,
    },
    'zh-CN': {
      forbiddenHost: (p) => `不为主机“${p.host ?? ''}”提供服务：请用 crossdept serve 打印的地址打开工作台`,
      missingToken: () => '此请求需要当前 crossdept serve 的访问令牌',
      forbiddenPath: () => '只能读写所服务文件夹内的协作文件',
      notFound: () => '未找到',
      methodNotAllowed: () => '不支持此请求方法',
      conflict: () => '文件自打开后已被修改（磁盘上或另一标签页中）：未写入任何内容；请合并后重新保存',
      invalidText: (p) => `文本无法解析（${p.count ?? 0} 个问题）：未写入任何内容`,
      tooLarge: () => '请求过大',
      preconditionRequired: () => '保存必须带上所编辑的版本（If-Match）',
      badRequest: () => '无法理解此请求',
      writeFailed: () => '文件无法写入',
      openWithToken: () => '请用 crossdept serve 打印的链接打开工作台（链接中带有访问令牌）。',
      listening: (p) => `crossdept 工作台：${p.url ?? ''}`,
      stop: () => '按 Ctrl+C 停止。',
      dashboardWritten: (p) => `已将 ${p.count ?? 0} 个文件的看板写入 ${p.path ?? ''}`,
      cmdServe: () => '在一个文件夹的协作文件上打开 PMO 工作台：组合总览、甘特图、检查发现、编辑器',
      cmdDashboard: () => '将工作台写成静态只读网站（无需服务器）',
      argServeDir: () => '协作文件所在文件夹（默认：当前文件夹）',
      argDashboardDir: () => '协作文件所在文件夹',
      optPort: () => '监听端口（0 表示自动选择空闲端口）',
      optHost: () => '监听地址（默认仅 127.0.0.1）',
      optOpen: () => '在默认浏览器中打开工作台',
      optSite: () => '网站写入的文件夹',
      invalidPort: (p) => `端口“${p.value ?? ''}”无效：应为 0 到 65535 之间的数字`,
      noBundle: (p) => `缺少工作台的浏览器包 ${p.path ?? ''}：请运行 npm run build`,
    },
  });
