/**
 * The code editor an example turns into: CodeMirror 6 with TypeScript highlighting in the
 * site's Shiki colours. Tab moves focus on (no tab trap); Escape leaves for the toolbar;
 * Ctrl/Cmd+Enter runs the code.
 *
 * The editor lives in a shadow root: there CodeMirror adopts constructed style sheets instead
 * of inserting <style> elements, which the page's Content-Security-Policy would block.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { typescriptLanguage } from '@codemirror/lang-javascript';
import { LanguageSupport, bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import type { LineTarget } from './line-target';
import {
  Decoration,
  EditorView,
  GutterMarker,
  drawSelection,
  gutter,
  highlightActiveLine,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  ViewPlugin,
} from '@codemirror/view';
import { shikiHighlightStyle } from './highlight';

export interface EditorOptions {
  parent: HTMLElement;
  code: string;
  label: string;
  onChange: (code: string) => void;
  onRun: () => void;
  onEscape: () => void;
}

export interface CodeEditor {
  getCode(): string;
  setCode(code: string): void;
  focus(): void;
  /** The editor as a target for "which line sent which query" (query-lines.ts). */
  lines: LineTarget;
}

interface QueryMarkers {
  counts: ReadonlyMap<number, number>;
  label: (line: number, count: number) => string;
  onMarker: (line: number | null) => void;
}

const setQueryMarkers = StateEffect.define<QueryMarkers>();
const setActiveLine = StateEffect.define<number | null>();

/** The last run's statements per line; editing the code clears them (they belong to that run). */
const queryMarkers = StateField.define<QueryMarkers>({
  create: () => ({ counts: new Map(), label: () => '', onMarker: () => undefined }),
  update(value, transaction) {
    let next = transaction.docChanged ? { ...value, counts: new Map<number, number>() } : value;
    for (const effect of transaction.effects) if (effect.is(setQueryMarkers)) next = effect.value;
    return next;
  },
});

/**
 * The highlighted line, apart from the markers: a highlight redraws no marker, so the marker
 * that has the focus keeps it (redrawn, it would lose it and end its own highlight).
 */
const activeQueryLine = StateField.define<number | null>({
  create: () => null,
  update(value, transaction) {
    let next = transaction.docChanged ? null : value;
    for (const effect of transaction.effects) {
      if (effect.is(setQueryMarkers)) next = null;
      if (effect.is(setActiveLine)) next = effect.value;
    }
    return next;
  },
});

class QueryCountMarker extends GutterMarker {
  constructor(
    private readonly line: number,
    private readonly count: number,
    private readonly markers: QueryMarkers,
  ) {
    super();
  }
  override eq(other: QueryCountMarker): boolean {
    return other.line === this.line && other.count === this.count && other.markers === this.markers;
  }
  override toDOM(): Node {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pg-line-queries';
    button.textContent = String(this.count);
    button.setAttribute('aria-label', this.markers.label(this.line, this.count));
    for (const event of ['mouseenter', 'focus']) button.addEventListener(event, () => this.markers.onMarker(this.line));
    for (const event of ['mouseleave', 'blur']) button.addEventListener(event, () => this.markers.onMarker(null));
    return button;
  }
}

const queryGutter = [
  queryMarkers,
  activeQueryLine,
  gutter({
    class: 'pg-query-gutter',
    lineMarker(view, block) {
      const markers = view.state.field(queryMarkers);
      const line = view.state.doc.lineAt(block.from).number;
      const count = markers.counts.get(line);
      return count ? new QueryCountMarker(line, count, markers) : null;
    },
    lineMarkerChange: (update) => update.startState.field(queryMarkers) !== update.state.field(queryMarkers),
  }),
  EditorView.decorations.compute([activeQueryLine], (state) => {
    const active = state.field(activeQueryLine);
    if (active === null || active < 1 || active > state.doc.lines) return Decoration.none;
    return Decoration.set([Decoration.line({ class: 'pg-line-active' }).range(state.doc.line(active).from)]);
  }),
];

/**
 * CodeMirror hides its whole gutter area from assistive technology, but the query markers in it
 * are buttons the keyboard reaches: a focusable element must not be hidden. So the area stays
 * exposed and only its other gutters (the line numbers) are hidden. Installed after the gutters.
 */
const exposeQueryGutter = ViewPlugin.define((view) => {
  const expose = () => {
    const gutters = view.dom.querySelector('.cm-gutters');
    if (!gutters || !gutters.hasAttribute('aria-hidden')) return;
    gutters.removeAttribute('aria-hidden');
    for (const gutter of gutters.children)
      if (!gutter.classList.contains('pg-query-gutter')) gutter.setAttribute('aria-hidden', 'true');
  };
  expose();
  return { update: expose };
});

/**
 * Starlight's colours, which reach into the shadow root as inherited custom properties. The
 * editor sits on the page's own background: there the Shiki token colours keep WCAG AA contrast
 * in both themes, which they do not on Starlight's grey panels.
 */
const siteTheme = EditorView.theme({
  '&': {
    backgroundColor: 'var(--sl-color-bg)',
    color: 'var(--sl-color-white)',
    // 16px keeps phones from zooming in when the editor takes focus.
    fontSize: 'max(16px, var(--sl-text-code, 0.875rem))',
  },
  '.cm-scroller': { fontFamily: 'var(--__sl-font-mono, ui-monospace, monospace)', lineHeight: '1.6' },
  '.cm-gutters': {
    backgroundColor: 'var(--sl-color-bg)',
    color: 'var(--sl-color-gray-3)',
    borderRight: '1px solid var(--sl-color-gray-5)',
  },
  // A bar in the margin rather than a tinted line: a tint behind the text would lower its contrast.
  '.cm-activeLine': { backgroundColor: 'transparent', boxShadow: 'inset 3px 0 var(--sl-color-gray-4)' },
  '.cm-activeLineGutter': { backgroundColor: 'transparent', color: 'var(--sl-color-white)' },
  '.pg-query-gutter .cm-gutterElement': { padding: '0 2px' },
  // A frame and a bar, no tint: a tint behind the text would take its colours below WCAG AA.
  '.pg-line-active': {
    boxShadow: 'inset 4px 0 var(--sl-color-text-accent), inset 0 0 0 1px var(--sl-color-text-accent)',
  },
  '.cm-cursor': { borderLeftColor: 'var(--sl-color-white)' },
  '&.cm-focused': { outline: '2px solid var(--sl-color-text-accent)' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': {
    backgroundColor: 'color-mix(in srgb, var(--sl-color-text-accent) 30%, transparent)',
  },
});

/**
 * Invisible characters that change what the code means or how it reads: bidirectional
 * overrides, embeddings and isolates (the "Trojan Source" characters), direction marks, the
 * zero-width space and joiner-like invisibles (but not ZWJ/ZWNJ, which emoji and scripts need). CodeMirror shows each as a visible placeholder naming its code point, so shared
 * code cannot look different from what runs.
 */
export const INVISIBLE_CHARACTERS = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

export function createEditor(options: EditorOptions): CodeEditor {
  const shadowRoot = options.parent.shadowRoot ?? options.parent.attachShadow({ mode: 'open' });
  const view = new EditorView({
    root: shadowRoot,
    parent: shadowRoot,
    state: EditorState.create({
      doc: options.code,
      extensions: [
        queryGutter,
        lineNumbers(),
        highlightSpecialChars({ addSpecialChars: new RegExp(INVISIBLE_CHARACTERS.source, 'g') }),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        // The TypeScript grammar alone: javascript() would add autocompletion the examples do not need.
        new LanguageSupport(typescriptLanguage),
        syntaxHighlighting(shikiHighlightStyle),
        siteTheme,
        EditorState.tabSize.of(2),
        // Long lines wrap, as in the static listing, so a phone never scrolls sideways.
        EditorView.lineWrapping,
        keymap.of([
          { key: 'Mod-Enter', run: () => (options.onRun(), true), preventDefault: true },
          { key: 'Escape', run: () => (options.onEscape(), true) },
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
        exposeQueryGutter,
      ],
    }),
  });
  return {
    getCode: () => view.state.doc.toString(),
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    focus: () => view.focus(),
    lines: {
      showCounts(counts, label, onMarker) {
        view.dispatch({ effects: setQueryMarkers.of({ counts, label, onMarker }) });
      },
      highlight(line) {
        view.dispatch({ effects: setActiveLine.of(line) });
      },
    },
  };
}
