// The workbench: header with the pages and the language switch, and the page the URL's fragment names. All view
// data comes from the view model (../view-model.ts) over the analyses of the files' current texts.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../index.js';
import { type AnalysisOptions, analyzeFile, type FileAnalysis, readConfig } from '../analyze.js';
import { wbMessage } from '../messages.js';
import { collaborationView, portfolioView } from '../view-model.js';
import { CollaborationPage, Findings } from './collaboration.js';
import { patchFile, type Workspace } from './data.js';
import { Editor } from './editor.js';
import { Gantt } from './gantt.js';
import { HealthBadge, Portfolio } from './portfolio.js';
import { linkTo, parseRoute, type Route } from './route.js';

interface FileState {
  readonly text: string;
  readonly etag: string;
  readonly savedText: string;
}

/**
 * The files' analyses, each kept while its text, the locale and the configuration stay the same. The file a page
 * shows is analysed at once; the others in slices of a few milliseconds between frames, so the portfolio paints
 * at once and fills in row by row instead of waiting for the last of fifty evaluations.
 */
function useAnalyses(
  files: ReadonlyMap<string, FileState>,
  options: AnalysisOptions,
  configKey: string,
  now: string | undefined,
): { readonly analyses: ReadonlyMap<string, FileAnalysis>; readonly pending: readonly string[] } {
  const cache = useRef(new Map<string, { key: string; analysis: FileAnalysis }>());
  const [, setTick] = useState(0);
  const keyOf = (file: FileState) => `${options.locale}\u0000${configKey}\u0000${file.text}`;
  const analyse = (path: string, file: FileState): FileAnalysis => {
    const key = keyOf(file);
    const hit = cache.current.get(path);
    if (hit?.key === key) return hit.analysis;
    const analysis = analyzeFile({ path, text: file.text }, options);
    cache.current.set(path, { key, analysis });
    return analysis;
  };
  const current = now === undefined ? undefined : files.get(now);
  if (now !== undefined && current !== undefined) analyse(now, current);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      const started = performance.now();
      let done = 0;
      for (const [path, file] of files) {
        if (cache.current.get(path)?.key === keyOf(file)) continue;
        analyse(path, file);
        done++;
        if (performance.now() - started > 40) break;
      }
      if (done > 0) {
        setTick((t) => t + 1);
        timer = setTimeout(step, 0);
      }
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [files, options, configKey]);
  const analyses = new Map<string, FileAnalysis>();
  const pending: string[] = [];
  for (const [path, file] of files) {
    const hit = cache.current.get(path);
    if (hit?.key === keyOf(file)) analyses.set(path, hit.analysis);
    else pending.push(path);
  }
  return { analyses, pending };
}

export function App(props: { readonly workspace: Workspace }) {
  const ws = props.workspace;
  const [locale, setLocale] = useState<Locale>(ws.locale);
  const [route, setRoute] = useState<Route>(parseRoute(location.hash));
  const [files, setFiles] = useState<ReadonlyMap<string, FileState>>(
    () => new Map(ws.files.map((f) => [f.path, { text: f.text, etag: f.etag, savedText: f.text }])),
  );
  const [config, setConfig] = useState<FileState | null>(
    ws.config ? { text: ws.config.text, etag: ws.config.etag, savedText: ws.config.text } : null,
  );
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = wbMessage(locale, 'title');
  }, [locale]);
  const t = (code: Parameters<typeof wbMessage>[1], p?: Parameters<typeof wbMessage>[2]) =>
    wbMessage(locale, code, p);
  const [notice, setNotice] = useState<string>('');
  /** Saves one milestone's status through the server's Document API edit: only that value changes in the file. */
  const setStatus = async (path: string, index: number, status: string) => {
    const file = files.get(path);
    if (file === undefined || ws.token === null) return;
    if (file.text !== file.savedText) {
      setNotice(wbMessage(locale, 'unsaved'));
      return;
    }
    setNotice(wbMessage(locale, 'saving'));
    const outcome = await patchFile(
      path,
      { path: ['milestones', index, 'status'], value: status },
      file.etag,
      ws.token,
    );
    if (outcome.kind === 'saved') {
      updateFile(path, { text: outcome.text, etag: outcome.etag, savedText: outcome.text });
      setNotice(wbMessage(locale, 'saved'));
    } else if (outcome.kind === 'conflict') {
      setNotice(`${wbMessage(locale, 'conflictTitle')}. ${wbMessage(locale, 'conflictHelp')}`);
    } else {
      setNotice(
        wbMessage(locale, 'saveFailed', {
          value:
            outcome.kind === 'invalid'
              ? wbMessage(locale, 'invalidText', { count: outcome.issues.length })
              : outcome.message,
        }),
      );
    }
  };
  const dirty =
    [...files.values()].some((f) => f.text !== f.savedText) ||
    (config !== null && config.text !== config.savedText);
  useEffect(() => {
    if (!dirty) return;
    // Closing or reloading the tab with unsaved edits asks first (the browser shows its own words).
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = wbMessage(locale, 'leaveUnsaved');
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty, locale]);

  const configRead = useMemo(() => (config ? readConfig(config.text, locale) : null), [config?.text, locale]);
  const options = useMemo<AnalysisOptions>(
    () => ({
      now: ws.now,
      locale,
      ...(configRead && 'config' in configRead ? { config: configRead.config } : {}),
    }),
    [ws.now, locale, configRead],
  );
  const { analyses, pending } = useAnalyses(
    files,
    options,
    config?.text ?? '',
    route.page === 'collaboration' || route.page === 'editor' ? route.path : undefined,
  );

  const updateFile = (path: string, change: Partial<FileState>) =>
    setFiles((old) => {
      const next = new Map(old);
      const current = next.get(path);
      if (current) next.set(path, { ...current, ...change });
      return next;
    });

  let page: preact.ComponentChildren;
  if (route.page === 'portfolio') {
    page = (
      <Portfolio view={portfolioView([...analyses.values()], locale)} pending={pending} locale={locale} />
    );
  } else if (route.page === 'config') {
    page =
      config === null ? (
        <p>{t('notFound')}</p>
      ) : (
        <section aria-labelledby="config-title">
          <h1 id="config-title">{t('configEditor')}</h1>
          <div class="split">
            <Editor
              path="config"
              kind="config"
              schema={ws.schemas.config}
              text={config.text}
              etag={config.etag}
              savedText={config.savedText}
              mode={ws.mode}
              token={ws.token}
              locale={locale}
              onChange={(text) => setConfig((c) => (c ? { ...c, text } : c))}
              onSaved={(text, etag) => setConfig({ text, etag, savedText: text })}
            />
            <aside aria-label={t('ruleTests')}>
              <p data-testid="config-check">
                {configRead && 'issues' in configRead
                  ? t('configIssues', { count: configRead.issues.length })
                  : t('configOk')}
              </p>
              <h2>{t('ruleTests')}</h2>
              <p class="muted">{t('ruleTestsPending')}</p>
            </aside>
          </div>
        </section>
      );
  } else {
    const file = files.get(route.path);
    const analysis = analyses.get(route.path);
    if (file === undefined || analysis === undefined) {
      page = <p>{t('notFound')}</p>;
    } else if (route.page === 'collaboration') {
      const view = collaborationView(analysis, locale);
      page =
        'issues' in view ? (
          <div>
            <h1>{route.path}</h1>
            <p class="bad">{t('invalidFile')}</p>
            <a href={linkTo({ page: 'editor', path: route.path })}>{t('edit')}</a>
          </div>
        ) : (
          <CollaborationPage
            analysis={analysis}
            view={view}
            locale={locale}
            notice={notice}
            {...(ws.mode === 'serve' && ws.token !== null
              ? {
                  onStatus: (row: { index: number }, status: string) =>
                    setStatus(route.path, row.index, status),
                }
              : {})}
          />
        );
    } else {
      const view = collaborationView(analysis, locale);
      page = (
        <section aria-labelledby="editor-title">
          <h1 id="editor-title">
            {t('editor')}: {route.path}{' '}
            {'issues' in view ? (
              <HealthBadge level="invalid" reasons={[]} locale={locale} />
            ) : (
              <HealthBadge level={view.health.level} reasons={view.health.reasons} locale={locale} />
            )}
          </h1>
          <p>
            <a href={linkTo({ page: 'collaboration', path: route.path })}>{t('collaboration')}</a>
          </p>
          <div class="split">
            <Editor
              path={route.path}
              kind="collaboration"
              schema={ws.schemas.collaboration}
              text={file.text}
              etag={file.etag}
              savedText={file.savedText}
              mode={ws.mode}
              token={ws.token}
              locale={locale}
              onChange={(text) => updateFile(route.path, { text })}
              onSaved={(text, etag) => updateFile(route.path, { text, etag, savedText: text })}
            />
            <aside aria-label={t('findings')} class="live">
              {'issues' in view ? null : (
                <>
                  <h2>{t('findings')}</h2>
                  <Findings view={view} locale={locale} />
                  <h2>{t('gantt')}</h2>
                  <Gantt gantt={view.gantt} locale={locale} />
                </>
              )}
            </aside>
          </div>
        </section>
      );
    }
  }

  return (
    <>
      <a class="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header class="top">
        <span class="brand">{t('title')}</span>
        <nav aria-label={t('title')}>
          <a
            href={linkTo({ page: 'portfolio' })}
            aria-current={route.page === 'portfolio' ? 'page' : undefined}
          >
            {t('portfolio')}
          </a>
          {config ? (
            <a href={linkTo({ page: 'config' })} aria-current={route.page === 'config' ? 'page' : undefined}>
              {t('configEditor')}
            </a>
          ) : null}
        </nav>
        <span class="muted">{t('seenOn', { date: ws.now })}</span>
        <button
          type="button"
          class="lang"
          data-testid="language"
          aria-label={t('languageLabel')}
          lang={locale === 'en' ? 'zh-CN' : 'en'}
          onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
        >
          {t('language')}
        </button>
      </header>
      {ws.mode === 'static' ? <p class="banner">{t('staticMode')}</p> : null}
      {configRead && 'issues' in configRead ? (
        <p class="banner bad" role="alert">
          <a href={linkTo({ page: 'config' })}>{t('configIssues', { count: configRead.issues.length })}</a>
        </p>
      ) : null}
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </>
  );
}
