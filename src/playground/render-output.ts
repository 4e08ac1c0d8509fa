/**
 * Draws a run's result below the code: a status line (time taken, or why the run was
 * stopped), the session text with the exception's name linked to its documentation, and the
 * SQL the runtime issued in a panel that opens. Text goes in as text, never as HTML.
 */
import { exceptionHref, type ExceptionLinkTargets } from './exception-links';
import { MAX_OUTPUT_BYTES, MAX_OUTPUT_LINES } from '../sandbox/limits';
import type { RunEnd } from '../sandbox/host';
import type { RunOutcome } from '../sandbox/runner';
import { linkStatementsToLines, statementItem, statementsPerLine, type LineTarget } from './query-lines';
import { fill } from '../i18n/fill';
import type { PlaygroundStrings } from './strings';
import { sessionTranscript } from './transcript';

export interface ResultView {
  /** Appends streamed output while the run goes on. */
  append(text: string): void;
  /** Completes the view once the run has ended. */
  finish(end: RunEnd, source: string, filename: string, timeoutMs: number): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function stopMessage(end: Extract<RunEnd, { kind: 'stopped' }>, strings: PlaygroundStrings, timeoutMs: number): string {
  switch (end.reason) {
    case 'timeout':
      return fill(strings.stoppedTimeout, { seconds: timeoutMs / 1000 });
    case 'output-limit':
      return fill(strings.stoppedOutputLimit, { lines: MAX_OUTPUT_LINES, kb: MAX_OUTPUT_BYTES / 1024 });
    case 'flood':
      return strings.stoppedFlood;
    case 'crashed':
      return strings.stoppedCrashed;
    case 'refused':
      return strings.stoppedRefused;
  }
}

/** The session's text, with the exception's name (on the last line) as a link when its section exists. */
function sessionNodes(text: string, exceptionName: string | undefined, links: ExceptionLinkTargets): Node[] {
  const href = exceptionName === undefined ? undefined : exceptionHref(exceptionName, links);
  const nameAt = exceptionName === undefined ? -1 : text.lastIndexOf(`\n${exceptionName}`) + 1;
  if (!href || !exceptionName || nameAt <= 0) return [document.createTextNode(text)];
  const link = element('a', 'pg-exception-link', exceptionName);
  link.href = href;
  return [
    document.createTextNode(text.slice(0, nameAt)),
    link,
    document.createTextNode(text.slice(nameAt + exceptionName.length)),
  ];
}

function sqlPanel(queries: RunOutcome['queries'], queryCount: number | undefined, strings: PlaygroundStrings): HTMLElement {
  const panel = element('details', 'pg-sql');
  const log = queries ?? [];
  const count = (value: number) => value.toLocaleString(document.documentElement.lang || undefined);
  const summary =
    queries === null
      ? strings.sqlUnavailable
      : log.length === 0
        ? strings.sqlNone
        : queryCount !== undefined && queryCount > log.length
          ? fill(strings.sqlSummaryPartial, { count: count(queryCount), shown: count(log.length) })
          : fill(strings.sqlSummary, { count: log.length });
  panel.append(element('summary', 'pg-sql-summary', summary));
  if (log.length > 0) {
    const list = element('ol', 'pg-sql-log');
    const lineLabel = (line: number) => fill(strings.sqlLine, { line });
    list.append(...log.map((query) => statementItem(query.sql, query.line, lineLabel)));
    panel.append(list);
  }
  return panel;
}

export function showRun(
  container: HTMLElement,
  strings: PlaygroundStrings,
  links: ExceptionLinkTargets,
  lines?: LineTarget,
): ResultView {
  const status = element('div', 'pg-status', strings.running);
  status.setAttribute('role', 'status');
  const session = element('pre', 'pg-session');
  const heading = element('div', 'pg-output-label', strings.output);
  container.replaceChildren(heading, session, status);
  container.setAttribute('aria-busy', 'true');
  return {
    append(text) {
      session.append(text);
    },
    finish(end, source, filename, timeoutMs) {
      container.removeAttribute('aria-busy');
      // A counter the end-to-end tests and the bench wait on.
      container.dataset.completedRuns = String(Number(container.dataset.completedRuns ?? 0) + 1);
      if (end.kind === 'stopped') {
        status.textContent = stopMessage(end, strings, timeoutMs);
        status.classList.add('pg-status-stopped');
        if (session.textContent === '') session.textContent = strings.noOutput;
        return;
      }
      const { outcome } = end;
      const text = sessionTranscript(session.textContent ?? '', outcome, source, filename) || strings.noOutput;
      session.replaceChildren(...sessionNodes(text, outcome.exception?.name, links));
      status.textContent = fill(strings.ranIn, { ms: Math.max(1, Math.round(outcome.durationMs)) });
      const panel = sqlPanel(outcome.queries, outcome.queryCount, strings);
      container.append(panel);
      if (lines && outcome.queries) {
        const showCounts = linkStatementsToLines(panel, lines, (line, count) => fill(strings.lineQueries, { line, count }));
        showCounts(statementsPerLine(outcome.queries.map((query) => query.line)));
      }
    },
  };
}
