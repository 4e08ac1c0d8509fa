import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearEdit,
  debouncedSave,
  loadEdit,
  saveEdit,
  storageKey,
  type KeyValueStorage,
} from '../../src/playground/edit-storage.ts';

function memoryStorage(): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('edit storage', () => {
  it('keys edits by example id, whatever the page language', () => {
    const storage = memoryStorage();
    saveEdit(storage, 'instances/refresh-from-db', 'edited 🎄', 'original');
    expect([...storage.entries.keys()]).toEqual([storageKey('instances/refresh-from-db')]);
    expect(storageKey('instances/refresh-from-db')).not.toMatch(/\/ru\/|^\//);
    expect(loadEdit(storage, 'instances/refresh-from-db')).toBe('edited 🎄');
  });

  it('forgets an edit that went back to the original, and on clear', () => {
    const storage = memoryStorage();
    saveEdit(storage, 'a', 'changed', 'original');
    saveEdit(storage, 'a', 'original', 'original');
    expect(loadEdit(storage, 'a')).toBeUndefined();
    saveEdit(storage, 'a', 'changed', 'original');
    clearEdit(storage, 'a');
    expect(loadEdit(storage, 'a')).toBeUndefined();
  });

  it('survives a storage that throws or is missing', () => {
    const failing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => saveEdit(failing, 'a', 'x', 'y')).not.toThrow();
    expect(loadEdit(failing, 'a')).toBeUndefined();
    expect(() => clearEdit(failing, 'a')).not.toThrow();
    expect(loadEdit(undefined, 'a')).toBeUndefined();
  });
});

describe('debouncedSave', () => {
  it('saves the last code once typing pauses', () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const saver = debouncedSave((code) => saved.push(code), 300);
    saver.schedule('a');
    vi.advanceTimersByTime(200);
    saver.schedule('ab');
    vi.advanceTimersByTime(200);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(saved).toEqual(['ab']);
  });

  it('flushes a pending edit at once and cancels one that is dropped', () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const saver = debouncedSave((code) => saved.push(code), 300);
    saver.schedule('pending');
    saver.flush();
    expect(saved).toEqual(['pending']);
    saver.flush();
    saver.schedule('dropped');
    saver.cancel();
    vi.runAllTimers();
    expect(saved).toEqual(['pending']);
  });
});
