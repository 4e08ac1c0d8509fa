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
import { EditorState } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
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
}

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
  '.cm-gutters': { backgroundColor: 'var(--sl-color-bg)', color: 'var(--sl-color-gray-3)', borderRight: '1px solid var(--sl-color-gray-5)' },
  // A bar in the margin rather than a tinted line: a tint behind the text would lower its contrast.
  '.cm-activeLine': { backgroundColor: 'transparent', boxShadow: 'inset 3px 0 var(--sl-color-gray-4)' },
  '.cm-activeLineGutter': { backgroundColor: 'transparent', color: 'var(--sl-color-white)' },
  '.cm-cursor': { borderLeftColor: 'var(--sl-color-white)' },
  '&.cm-focused': { outline: '2px solid var(--sl-color-text-accent)' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': { backgroundColor: 'color-mix(in srgb, var(--sl-color-text-accent) 30%, transparent)' },
});

/**
 * Invisible characters that change what the code means or how it reads: bidirectional
 * overrides, embeddings and isolates (the "Trojan Source" characters), marks, zero-width
 * characters. CodeMirror shows each as a visible placeholder naming its code point, so shared
 * code cannot look different from what runs.
 */
export const INVISIBLE_CHARACTERS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

export function createEditor(options: EditorOptions): CodeEditor {
  const shadowRoot = options.parent.shadowRoot ?? options.parent.attachShadow({ mode: 'open' });
  const view = new EditorView({
    root: shadowRoot,
    parent: shadowRoot,
    state: EditorState.create({
      doc: options.code,
      extensions: [
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
      ],
    }),
  });
  return {
    getCode: () => view.state.doc.toString(),
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    focus: () => view.focus(),
  };
}
