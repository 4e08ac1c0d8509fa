import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_PRIVATE, INSTANCES_COVERAGE, UNDOCUMENTED_MEMBERS } from './instances-coverage.ts';
import { bodyOf, headingsOf, pageSources } from './pages.ts';

// The Model instance reference covers every fact of facts §1 on both editions, and documents
// every member the runtime's Model exposes.
const BASE = new URL('../../src/runtime/db/models/base.ts', import.meta.url);

const pages = pageSources().filter((page) => page.slug === 'ref/models/instances');

/** The members declared in the body of `export class Model { ... }` (methods, accessors, fields). */
export function modelMembers(source: string): string[] {
  const start = source.indexOf('\nexport class Model {');
  if (start < 0) throw new Error('no `export class Model {` in base.ts');
  const end = source.indexOf('\n}\n', start);
  const body = source.slice(start, end);
  const names = new Set<string>();
  for (const match of body.matchAll(
    /^ {2}(?:static\s+)?(?:async\s+)?(?:(?:get|set|declare)\s+)?([A-Za-z_$][\w$]*)\s*[(<:!?]/gm,
  )) {
    names.add(match[1]!);
  }
  return [...names].sort();
}

/** Members a reader can call or read: no leading underscore, dunders, or a documented private name. */
export function publicMembers(names: readonly string[]): string[] {
  return names.filter((name) => /^__\w+__$/.test(name) || !name.startsWith('_') || DOCUMENTED_PRIVATE.includes(name));
}

describe('the runtime member scan', () => {
  const members = modelMembers(readFileSync(BASE, 'utf8'));
  it('finds the Model API', () => {
    for (const name of [
      'save',
      'asave',
      'delete',
      'adelete',
      'refresh_from_db',
      'arefresh_from_db',
      'full_clean',
      'from_db',
      '_is_pk_set',
      '_state',
    ]) {
      expect(members).toContain(name);
    }
  });
  it('keeps internals out', () => {
    expect(publicMembers(['_save_table', '__eq__', 'save', '_state'])).toEqual(['__eq__', 'save', '_state']);
  });
  it('lists no stale exemption', () => {
    expect(Object.keys(UNDOCUMENTED_MEMBERS).filter((name) => !members.includes(name))).toEqual([]);
  });
});

describe('the coverage list', () => {
  it('names each section once', () => {
    const ids = INSTANCES_COVERAGE.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(['en', 'ru'] as const)('the model instance reference (%s)', (lang) => {
  const page = pages.find((candidate) => candidate.lang === lang);

  it('exists', () => {
    expect(page, `src/content/docs/${lang === 'en' ? '' : 'ru/'}ref/models/instances.mdx`).toBeDefined();
  });
  if (!page) return;
  const ids = new Set(headingsOf(page.text).map((heading) => heading.id));
  const text = bodyOf(page.text);

  it.each(INSTANCES_COVERAGE.map((entry) => [entry.id, entry] as const))('covers #%s', (id, entry) => {
    expect(ids.has(id), `no heading {#${id}}`).toBe(true);
    expect(entry.mentions.filter((mention) => !text.includes(mention))).toEqual([]);
  });

  it('documents every public member of the runtime Model', () => {
    const members = publicMembers(modelMembers(readFileSync(BASE, 'utf8')));
    const undocumented = members.filter((name) => {
      if (name in UNDOCUMENTED_MEMBERS) return false;
      const escaped = name.replace(/\$/g, '\\$');
      return !new RegExp(`\`[^\`\\n]*\\b${escaped}\\b[^\`\\n]*\``).test(text);
    });
    expect(undocumented).toEqual([]);
  });
});
