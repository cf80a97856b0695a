// The editor: CodeMirror 6 with YAML, crossdept's parse issues as inline markers at their line and column, key
// completion from the JSON Schema, and the findings and Gantt updating as one types (debounced; the library
// evaluates in the page). Saving goes to the server with the version edited; a conflict shows both versions.
import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { type Diagnostic, linter, lintGutter } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type CrossdeptIssue, type Locale, loadCollaboration, loadRulesConfig } from '../../index.js';
import { wbMessage } from '../messages.js';
import { schemaCompletion } from './completion.js';
import { download, type SaveOutcome, saveFile } from './data.js';

export type EditedKind = 'collaboration' | 'config';

/** The issues of a text as the library reads it. */
export function issuesOf(
  text: string,
  kind: EditedKind,
  path: string,
  locale: Locale,
): readonly CrossdeptIssue[] {
  const format = path.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
  const result =
    kind === 'config'
      ? loadRulesConfig(text, { locale, format })
      : loadCollaboration(text, { locale, format });
  return result.success ? [] : result.issues;
}

function diagnosticsOf(doc: Text, issues: readonly CrossdeptIssue[]): Diagnostic[] {
  return issues.map((issue) => {
    const line = doc.line(Math.min(Math.max(issue.line ?? 1, 1), doc.lines));
    const from = line.from + Math.min(Math.max((issue.column ?? 1) - 1, 0), line.length);
    const to = Math.max(from, Math.min(line.to, from + Math.max(1, line.to - from)));
    return {
      from,
      to,
      severity: 'error',
      message: issue.message,
      source: issue.pointer || undefined,
    } as Diagnostic;
  });
}

function nonce(): string | undefined {
  return document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? undefined;
}

export interface EditorProps {
  readonly path: string;
  readonly kind: EditedKind;
  readonly text: string;
  readonly etag: string;
  readonly savedText: string;
  readonly mode: 'serve' | 'static';
  readonly token: string | null;
  readonly locale: Locale;
  /** The JSON Schema of what is edited, for key completion. */
  readonly schema: object;
  /** The text changed (debounced). */
  readonly onChange: (text: string) => void;
  /** The server accepted a save (or a conflict was settled with the version on disk). */
  readonly onSaved: (text: string, etag: string) => void;
}

export function Editor(props: EditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [status, setStatus] = useState<SaveOutcome | { kind: 'saving' } | null>(null);
  const t = (code: Parameters<typeof wbMessage>[1], p?: Parameters<typeof wbMessage>[2]) =>
    wbMessage(props.locale, code, p);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cspNonce = nonce();
    const state = EditorState.create({
      doc: props.text,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        yaml(),
        lintGutter(),
        linter(
          (v) =>
            diagnosticsOf(
              v.state.doc,
              issuesOf(
                v.state.doc.toString(),
                latest.current.kind,
                latest.current.path,
                latest.current.locale,
              ),
            ),
          { delay: 250 },
        ),
        autocompletion({ override: [schemaCompletion(props.schema)] }),
        keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap, ...completionKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': `${t('editor')}: ${props.path}` }),
        ...(cspNonce === undefined ? [] : [EditorView.cspNonce.of(cspNonce)]),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          clearTimeout(timer);
          timer = setTimeout(() => latest.current.onChange(update.state.doc.toString()), 250);
        }),
      ],
    });
    view.current = new EditorView({ state, parent: host.current! });
    // The scroller is a region keyboard users must reach (WCAG 2.1.1); its content is editable text.
    view.current.scrollDOM.tabIndex = 0;
    view.current.scrollDOM.setAttribute('aria-label', `${t('editor')}: ${props.path}`);
    return () => {
      clearTimeout(timer);
      view.current?.destroy();
      view.current = null;
    };
  }, [props.path, props.kind]);

  const replaceText = (text: string) => {
    const v = view.current;
    if (v && v.state.doc.toString() !== text)
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
  };

  const current = () => view.current?.state.doc.toString() ?? props.text;

  const save = async (etag = props.etag) => {
    const text = current();
    props.onChange(text);
    if (props.mode === 'static' || props.token === null) {
      download(props.path === 'config' ? 'pmo.yaml' : props.path, text);
      return;
    }
    setStatus({ kind: 'saving' });
    const outcome = await saveFile(props.path, text, etag, props.token);
    setStatus(outcome);
    if (outcome.kind === 'saved') props.onSaved(outcome.text, outcome.etag);
  };

  const dirty = props.text !== props.savedText;
  const issues = issuesOf(props.text, props.kind, props.path, props.locale);
  return (
    <div class="editor-pane">
      <div class="toolbar">
        <button type="button" onClick={() => save()} disabled={issues.length > 0} data-testid="save">
          {props.mode === 'serve' ? t('save') : t('download')}
        </button>
        <span role="status" data-testid="save-status">
          {status?.kind === 'saving'
            ? t('saving')
            : status?.kind === 'saved'
              ? t('saved')
              : status?.kind === 'failed'
                ? t('saveFailed', { value: status.message })
                : status?.kind === 'invalid'
                  ? t('invalidText', { count: status.issues.length })
                  : dirty
                    ? t('unsaved')
                    : ''}
        </span>
      </div>
      {status?.kind === 'conflict' ? (
        <section class="conflict" role="alert" data-testid="conflict" aria-labelledby="conflict-title">
          <h2 id="conflict-title">{t('conflictTitle')}</h2>
          <p>{t('conflictHelp')}</p>
          <div class="versions">
            <figure>
              <figcaption>{t('yours')}</figcaption>
              <pre data-testid="conflict-yours">{current()}</pre>
            </figure>
            <figure>
              <figcaption>{t('theirs')}</figcaption>
              <pre data-testid="conflict-theirs">{status.current.text}</pre>
            </figure>
          </div>
          <button
            type="button"
            onClick={() => {
              const theirs = status.current;
              replaceText(theirs.text);
              props.onSaved(theirs.text, theirs.etag);
              setStatus(null);
            }}
          >
            {t('useTheirs')}
          </button>{' '}
          <button type="button" onClick={() => save(status.current.etag)}>
            {t('keepMine')}
          </button>
        </section>
      ) : null}
      <div ref={host} class="code" data-testid="code" />
      {issues.length > 0 ? (
        <section aria-labelledby="issues-title" data-testid="parse-issues">
          <h2 id="issues-title">
            {t('parseIssues')} ({issues.length})
          </h2>
          <ul>
            {issues.map((i, n) => (
              <li key={n}>
                {i.line === undefined ? '' : `${t('issueAt', { value: `${i.line}:${i.column ?? 1}` })} `}
                <code>{i.pointer}</code> {i.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
