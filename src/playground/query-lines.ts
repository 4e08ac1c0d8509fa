/**
 * Which line sent which query: a list of statements shows each with the line that sent it; the
 * code (the static listing or the editor) shows in its margin how many statements each line
 * sent. Hovering or focusing a statement highlights its line, and a line's marker highlights
 * its statements. Everything is a button or has a label, so the keyboard and screen readers
 * reach the same links. The live examples use it for a run's SQL panel, the race lab for the
 * statements of the steps it shows.
 */
import type { LineTarget } from '../editor/line-target';

export type { LineTarget };

/** How many statements each line sent (a statement with no line is not counted). */
export function statementsPerLine(lines: Iterable<number | null | undefined>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const line of lines) if (line !== null && line !== undefined) counts.set(line, (counts.get(line) ?? 0) + 1);
  return counts;
}

/** One statement of a list: the line that sent it (a button, so the keyboard reaches it), then the SQL. */
export function statementItem(sql: string, line: number | null | undefined, lineLabel: (line: number) => string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'pg-sql-statement';
  if (line !== null && line !== undefined) {
    item.dataset.line = String(line);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pg-sql-line';
    button.textContent = lineLabel(line);
    item.append(button, ' ');
  }
  const code = document.createElement('code');
  code.className = 'pg-sql-text';
  code.textContent = sql;
  item.append(code);
  return item;
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

/**
 * Links the statements below `container` (statementItem's, those added later too: the events
 * are delegated) to the lines of `target`, both ways. Returns the function that shows the
 * margin markers for a count of statements per line, replacing the earlier ones.
 */
export function linkStatementsToLines(
  container: HTMLElement,
  target: LineTarget,
  label: (line: number, count: number) => string,
): (counts: ReadonlyMap<number, number>) => void {
  let active: Element[] = [];
  const highlightStatements = (line: number | null) => {
    for (const item of active) item.classList.remove('pg-sql-active');
    active = line === null ? [] : [...container.querySelectorAll(`[data-line="${line}"]`)];
    for (const item of active) item.classList.add('pg-sql-active');
  };
  const statementOf = (node: EventTarget | null) => {
    const item = node instanceof Element ? node.closest<HTMLElement>('[data-line]') : null;
    return item && container.contains(item) ? item : null;
  };
  // As mouseenter and mouseleave (focus and blur) of each statement would: entering one
  // highlights its line, leaving it for anything outside it ends the highlight.
  const enter = (event: Event) => {
    const item = statementOf(event.target);
    if (item) target.highlight(Number(item.dataset.line));
  };
  const leave = (event: MouseEvent | FocusEvent) => {
    const item = statementOf(event.target);
    if (item && !(event.relatedTarget instanceof Node && item.contains(event.relatedTarget))) target.highlight(null);
  };
  container.addEventListener('mouseover', enter);
  container.addEventListener('focusin', enter);
  container.addEventListener('mouseout', leave);
  container.addEventListener('focusout', leave);
  return (counts) =>
    target.showCounts(counts, label, (line) => {
      highlightStatements(line);
      target.highlight(line);
    });
}
