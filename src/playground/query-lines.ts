/**
 * Which line sent which query, after a Run: the SQL panel lists each statement with the line
 * that sent it; the code (the static listing or the editor) shows in its margin how many
 * statements each line sent. Hovering or focusing a statement highlights its line, and a line's
 * marker highlights its statements. Everything is a button or has a label, so the keyboard and
 * screen readers reach the same links.
 */
import type { SqlQuery } from '../sandbox/runner';
import type { LineTarget } from '../editor/line-target';
import { fill } from '../i18n/fill';
import type { PlaygroundStrings } from './strings';

export type { LineTarget };

/** How many statements each line sent. */
export function statementsPerLine(queries: readonly SqlQuery[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const query of queries) if (query.line !== undefined) counts.set(query.line, (counts.get(query.line) ?? 0) + 1);
  return counts;
}

/** The static listing rendered by Expressive Code: one `.ec-line` per source line. */
export function staticListing(code: HTMLElement): LineTarget {
  const lines = () => [...code.querySelectorAll<HTMLElement>('.ec-line')];
  return {
    showCounts(counts, label, onMarker) {
      code.querySelectorAll('.pg-line-queries').forEach((marker) => marker.remove());
      // Room in the margin for the markers, only while there are any.
      code.classList.toggle('pg-has-line-markers', counts.size > 0);
      lines().forEach((element, index) => {
        const count = counts.get(index + 1);
        if (!count) return;
        const marker = document.createElement('button');
        marker.type = 'button';
        marker.className = 'pg-line-queries';
        marker.textContent = String(count);
        marker.setAttribute('aria-label', label(index + 1, count));
        for (const event of ['mouseenter', 'focus']) marker.addEventListener(event, () => onMarker(index + 1));
        for (const event of ['mouseleave', 'blur']) marker.addEventListener(event, () => onMarker(null));
        element.prepend(marker);
      });
    },
    highlight(line) {
      lines().forEach((element, index) => element.classList.toggle('pg-line-active', index + 1 === line));
    },
  };
}

/** Wires a finished run's SQL list to the code it came from. */
export function linkStatementsToLines(
  list: HTMLElement,
  queries: readonly SqlQuery[],
  target: LineTarget,
  strings: PlaygroundStrings,
): void {
  const items = [...list.querySelectorAll<HTMLElement>('[data-line]')];
  const highlightStatements = (line: number | null) => {
    for (const item of items) item.classList.toggle('pg-sql-active', line !== null && item.dataset.line === String(line));
  };
  target.showCounts(
    statementsPerLine(queries),
    (line, count) => fill(strings.lineQueries, { line, count }),
    (line) => {
      highlightStatements(line);
      target.highlight(line);
    },
  );
  for (const item of items) {
    const line = Number(item.dataset.line);
    for (const event of ['mouseenter', 'focusin']) item.addEventListener(event, () => target.highlight(line));
    for (const event of ['mouseleave', 'focusout']) item.addEventListener(event, () => target.highlight(null));
  }
}
