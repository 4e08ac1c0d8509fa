import { describe, expect, it } from 'vitest';
import { DELETION_EXCEPTIONS } from '../../src/content/exceptions-extra.ts';
import { buildExceptionsCatalog } from '../../src/content/exceptions-catalog.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { bodyOf, exampleIdsOf, pageSources } from './pages.ts';

// The Exceptions page documents every class of the catalog (plus the model layer's
// models.ProtectedError and models.RestrictedError), in both languages: one section per class
// whose heading id is the catalog's anchor, in the documentation's order, each with a live
// example that raises the class in the situation where Django raises it.

const CATALOG = buildExceptionsCatalog(DELETION_EXCEPTIONS);

/**
 * Sections that keep their prose but have no live example yet, because the runtime cannot raise
 * the class in its Django situation. Each page says so in the section itself. Remove a name as
 * soon as its example lands: the last test fails while a listed section has an example.
 */
const WAITING_FOR_RUNTIME: Record<string, string> = {
  // Empty: every section has its example. The driver errors (InterfaceError, DataError,
  // InternalError, ProgrammingError) are raised from a stand-in driver exception, as
  // src/runtime/WEB_AND_LIMITS.md describes, and each page says so.
};

interface Section {
  id: string;
  depth: number;
  /** The section's own text: up to the next heading of the same or a higher level, or the next catalog section. */
  body: string;
}

const anchors = new Set(CATALOG.map((entry) => entry.anchor));

function sectionsOf(markdown: string): Section[] {
  const lines = bodyOf(markdown).split('\n');
  const headings = lines.flatMap((line, index) => {
    const match = /^(#{2,6})\s+.*\{#([a-z0-9-]+)\}\s*$/.exec(line);
    return match ? [{ index, depth: match[1]!.length, id: match[2]! }] : [];
  });
  return headings.map((heading, position) => {
    const next = headings.slice(position + 1).find((other) => other.depth <= heading.depth || anchors.has(other.id));
    return { id: heading.id, depth: heading.depth, body: lines.slice(heading.index + 1, next?.index ?? lines.length).join('\n') };
  });
}

const pages = pageSources().filter((page) => page.slug === 'ref/exceptions');

describe('the Exceptions page', () => {
  it('exists in every language', () => {
    expect(pages.map((page) => page.lang).sort()).toEqual([...LANGS].sort());
  });

  it('waits only for catalog exceptions', () => {
    const names = new Set(CATALOG.map((entry) => entry.name));
    expect(Object.keys(WAITING_FOR_RUNTIME).filter((name) => !names.has(name))).toEqual([]);
  });

  describe.each(pages.map((page) => [page.lang, page.text] as const))('(%s)', (_lang, text) => {
    const sections = sectionsOf(text);

    it('has a section for every documented exception, in the documentation order', () => {
      const found = sections.map((section) => section.id).filter((id) => anchors.has(id));
      expect(found).toEqual(CATALOG.map((entry) => entry.anchor));
    });

    it('places a live example in the section of every exception', () => {
      const missing = CATALOG.filter((entry) => !(entry.name in WAITING_FOR_RUNTIME))
        .filter((entry) => exampleIdsOf(sections.find((section) => section.id === entry.anchor)?.body ?? '').length === 0)
        .map((entry) => entry.name);
      expect(missing).toEqual([]);
    });

    it('lists as waiting only the sections that still have no example', () => {
      const done = CATALOG.filter((entry) => entry.name in WAITING_FOR_RUNTIME)
        .filter((entry) => exampleIdsOf(sections.find((section) => section.id === entry.anchor)?.body ?? '').length > 0)
        .map((entry) => entry.name);
      expect(done).toEqual([]);
    });
  });
});
