/**
 * The reader's edits, kept in localStorage per example id (not per URL), so the English and
 * Russian editions of a page share them. Storage may be missing or full: the playground then
 * says so and keeps the edit in the editor; it never fails.
 */

/** The part of the Web Storage API used here, so tests can pass a Map-backed fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY_PREFIX = 'playground:edit:';

export function storageKey(exampleId: string): string {
  return KEY_PREFIX + exampleId;
}

export function loadEdit(storage: KeyValueStorage | undefined, exampleId: string): string | undefined {
  try {
    return storage?.getItem(storageKey(exampleId)) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves an edit; saving the original code removes the entry, so "changed" stays meaningful.
 * Returns false when the edit could not be kept (storage full or turned off), so the reader
 * can be told: the edit then lives on in the editor only.
 */
export function saveEdit(storage: KeyValueStorage | undefined, exampleId: string, code: string, original: string): boolean {
  if (!storage) return false;
  try {
    if (code === original) storage.removeItem(storageKey(exampleId));
    else storage.setItem(storageKey(exampleId), code);
    return true;
  } catch {
    return false;
  }
}

export function clearEdit(storage: KeyValueStorage | undefined, exampleId: string): void {
  try {
    storage?.removeItem(storageKey(exampleId));
  } catch {
    // Nothing stored, nothing to clear.
  }
}

export interface DebouncedSave {
  /** Schedules a save of this code, replacing any pending one. */
  schedule(code: string): void;
  /** Saves the pending code now (on pagehide, before a reset...). */
  flush(): void;
  /** Drops the pending code without saving it. */
  cancel(): void;
}

/** Saves at most once per `delayMs` of typing; `flush()` makes sure no keystroke is lost. */
export function debouncedSave(save: (code: string) => void, delayMs: number): DebouncedSave {
  let pending: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending === undefined) return;
    const code = pending;
    pending = undefined;
    save(code);
  };
  return {
    schedule(code) {
      pending = code;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  };
}
