/**
 * One live example on the page: Run, Edit, Reset and Share, the saved edit and the share link.
 * Loaded on the reader's first reach for an example (see boot.ts); the editor itself loads on
 * the first Edit, the sandbox on the first hover or Run.
 */
import { clearEdit, debouncedSave, loadEdit, saveEdit, type KeyValueStorage } from './edit-storage';
import type { CodeEditor } from '../editor/editor';
import type { ExceptionLinkTargets } from './exception-links';
import { SandboxHost } from '../sandbox/host';
import { compiledExample } from './compiled-examples';
import { DEFAULT_TIMEOUT_MS } from '../sandbox/limits';
import { staticListing } from './query-lines';
import { showRun } from './render-output';
import { readShareFragment, shareFragment } from './share-codec';
import type { PlaygroundStrings } from './strings';
import { exampleFilename } from './transcript';

export type ExampleAction = 'run' | 'edit' | 'reset' | 'share';

const SAVE_DELAY_MS = 400;

function pageStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function parseJson<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

let sharedHost: SandboxHost | undefined;
function sandbox(strings: PlaygroundStrings): SandboxHost {
  sharedHost ??= new SandboxHost(strings.sandboxTitle);
  return sharedHost;
}

function required<T extends Element>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`live example is missing ${selector}`);
  return found;
}

class ExampleController {
  private readonly id: string;
  private readonly original: string;
  private readonly timeoutMs: number;
  private readonly strings: PlaygroundStrings;
  private readonly links: ExceptionLinkTargets;
  private readonly storage = pageStorage();
  private readonly saver = debouncedSave((code) => this.save(code), SAVE_DELAY_MS);
  /** Set while the editor shows code from a share link the reader has not changed: nothing is saved. */
  private showingShared = false;
  private storageWarned = false;
  private settingCode = false;
  private code: string;
  private editor: CodeEditor | undefined;
  private editorLoading: Promise<CodeEditor> | undefined;
  private running = false;

  constructor(private readonly root: HTMLElement) {
    this.id = root.dataset.exampleId ?? '';
    this.original = root.dataset.source ?? '';
    this.timeoutMs = Number(root.dataset.timeout) || DEFAULT_TIMEOUT_MS;
    this.strings = parseJson<PlaygroundStrings>(root.dataset.strings, {} as PlaygroundStrings);
    this.links = parseJson<ExceptionLinkTargets>(root.dataset.links, {});
    this.code = loadEdit(this.storage, this.id) ?? this.original;
    window.addEventListener('pagehide', () => this.saver.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.saver.flush();
    });
    if (this.code !== this.original) void this.openEditor(false);
    this.updateMarker();
  }

  handle(action: ExampleAction): Promise<void> {
    switch (action) {
      case 'run':
        return this.run();
      case 'edit':
        return this.openEditor(true).then(() => undefined);
      case 'reset':
        return Promise.resolve(this.reset());
      case 'share':
        return this.share();
    }
  }

  /** Starts the sandbox early, on the reader's first hover or focus. */
  prepare(): void {
    void sandbox(this.strings)
      .prepare()
      .catch(() => undefined);
    void compiledExample(this.id);
  }

  async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const source = this.editor?.getCode() ?? this.code;
    const lines = this.editor?.lines ?? staticListing(required(this.root, '.pg-code'));
    const view = showRun(required(this.root, '.pg-output'), this.strings, this.links, lines);
    const filename = exampleFilename(this.id);
    try {
      // Unedited, the example runs as the build compiled it; edited code is transpiled in the sandbox.
      const compiled = source === this.original ? await compiledExample(this.id) : undefined;
      const end = await sandbox(this.strings).run({
        source,
        ...(compiled === undefined ? {} : { compiled }),
        filename,
        timeoutMs: this.timeoutMs,
        onOutput: (text) => view.append(text),
      });
      view.finish(end, source, filename, this.timeoutMs);
    } finally {
      this.running = false;
    }
  }

  openEditor(focus: boolean): Promise<CodeEditor> {
    this.editorLoading ??= import('../editor/editor').then(({ createEditor }) => {
      const slot = required<HTMLElement>(this.root, '.pg-editor');
      const editor = createEditor({
        parent: slot,
        code: this.code,
        label: this.strings.editorLabel,
        onChange: (code) => this.edited(code),
        onRun: () => void this.run(),
        onEscape: () => required<HTMLButtonElement>(this.root, '[data-pg-action="run"]').focus(),
      });
      required<HTMLElement>(this.root, '.pg-code').hidden = true;
      slot.hidden = false;
      required<HTMLElement>(this.root, '[data-pg-action="edit"]').hidden = true;
      this.editor = editor;
      return editor;
    });
    return this.editorLoading.then((editor) => {
      if (focus) editor.focus();
      return editor;
    });
  }

  private edited(code: string): void {
    this.code = code;
    this.updateMarker();
    if (this.settingCode && this.showingShared) return;
    // The reader changed the shared code: from now on it is their edit.
    this.showingShared = false;
    this.saver.schedule(code);
  }

  private save(code: string): void {
    if (saveEdit(this.storage, this.id, code, this.original)) return;
    if (this.storageWarned) return;
    this.storageWarned = true;
    this.notify(this.strings.storageFull);
  }

  reset(): void {
    this.showingShared = false;
    this.editor?.setCode(this.original);
    this.saver.cancel();
    clearEdit(this.storage, this.id);
    this.code = this.original;
    this.updateMarker();
    this.notify(this.strings.resetDone);
  }

  async share(): Promise<void> {
    const url = `${location.origin}${location.pathname}${await shareFragment({ exampleId: this.id, code: this.editor?.getCode() ?? this.code })}`;
    try {
      await navigator.clipboard.writeText(url);
      this.notify(this.strings.shareCopied);
    } catch {
      // No clipboard (permissions, insecure context): the reader copies the link by hand.
      const field = document.createElement('input');
      field.readOnly = true;
      field.value = url;
      field.className = 'pg-share-field';
      field.setAttribute('aria-label', this.strings.shareManual);
      this.notify(this.strings.shareManual, field);
      field.select();
    }
  }

  /**
   * Shows code from a share link without saving it: a link (which another site can open in a
   * pop-up) never replaces the reader's own edit. The shared code becomes the reader's edit
   * only once they change it; until then a saved edit of theirs is offered back.
   */
  async openShared(code: string): Promise<void> {
    this.root.scrollIntoView({ block: 'start' });
    const editor = await this.openEditor(false);
    this.saver.flush();
    const ownEdit = loadEdit(this.storage, this.id);
    this.showingShared = true;
    this.setEditorCode(editor, code);
    if (ownEdit === undefined || ownEdit === code) {
      this.notify(this.strings.sharedLoaded);
      return;
    }
    const back = document.createElement('button');
    back.type = 'button';
    back.className = 'pg-button';
    back.textContent = this.strings.backToMyEdit;
    back.addEventListener('click', () => {
      this.showingShared = false;
      this.setEditorCode(editor, ownEdit);
      this.notify(this.strings.ownEditBack);
    });
    this.notify(this.strings.sharedKeptEdit, back);
  }

  /** Replaces the editor's code; the change this causes is the page's, not the reader's. */
  private setEditorCode(editor: CodeEditor, code: string): void {
    this.settingCode = true;
    try {
      editor.setCode(code);
    } finally {
      this.settingCode = false;
    }
  }

  /** A share link that cannot be read: say so, and show the example's original code. */
  showDamagedLink(): void {
    this.root.scrollIntoView({ block: 'start' });
    if (this.editor) {
      this.editor.setCode(this.original);
      this.saver.cancel();
    }
    this.notify(this.strings.sharedDamaged);
  }

  private updateMarker(): void {
    required<HTMLElement>(this.root, '.pg-edited').hidden = this.code === this.original;
  }

  private notify(message: string, extra?: HTMLElement): void {
    const notice = required<HTMLElement>(this.root, '.pg-notice');
    notice.replaceChildren(message, ...(extra ? [' ', extra] : []));
  }
}

const controllers = new WeakMap<HTMLElement, ExampleController>();

export function controllerFor(root: HTMLElement): ExampleController {
  let controller = controllers.get(root);
  if (!controller) controllers.set(root, (controller = new ExampleController(root)));
  return controller;
}

/** Opens the example a share link names, or explains why it cannot. */
export async function openShareLink(hash: string): Promise<void> {
  const result = await readShareFragment(hash);
  if (result.kind === 'none') return;
  const id = result.kind === 'ok' ? result.shared.exampleId : result.exampleId;
  const root = [...document.querySelectorAll<HTMLElement>('.pg-example')].find((candidate) => candidate.dataset.exampleId === id);
  if (!root) return;
  const controller = controllerFor(root);
  if (result.kind === 'ok') await controller.openShared(result.shared.code);
  else controller.showDamagedLink();
}
