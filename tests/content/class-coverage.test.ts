import { describe, expect, it } from 'vitest';
import { exampleIdsOf, headingsOf, pageSources } from './pages.ts';

// Facts §1.15 (Model class attributes): every documented attribute has its section, and the
// facts a reader comes for (exact messages, bases, the get() cap) appear in both editions.
// The troubleshooting guide links to those sections and keeps its corrected claims.
const pages = pageSources();
const page = (slug: string, lang: 'en' | 'ru') => {
  const found = pages.find((candidate) => candidate.slug === slug && candidate.lang === lang);
  if (!found) throw new Error(`no ${lang} page ${slug}`);
  return found;
};

const CLASS_ANCHORS = [
  'doesnotexist',
  'multipleobjectsreturned',
  'notupdated',
  'objects',
  'inheritance',
  'abstract-models',
  'relatedobjectdoesnotexist',
  'get-rules',
];

// Text that must appear verbatim on both editions of /ref/models/class/.
const CLASS_FACTS = [
  'ObjectDoesNotExist',
  '/exceptions/#objectdoesnotexist',
  '/exceptions/#multipleobjectsreturned',
  '/exceptions/#objectnotupdated',
  '/exceptions/#databaseerror',
  'matching query does not exist.',
  'get() returned more than one <Model> -- it returned 3!',
  'it returned more than 20!',
  'LIMIT 21',
  '<VersionBadge kind="added" version="6.0" />',
  'Forced update did not affect any rows.',
  'Save with update_fields did not affect any rows.',
  "Manager isn't accessible via Article instances",
  "Manager isn't available; AbstractBase1 is abstract",
  "type object 'Timestamped' has no attribute 'DoesNotExist'",
  '"Author.DoesNotExist"',
  'Plain has no plainchild.',
  'hasattr(',
  '`False`',
  'AttributeError',
];

const GUIDE_ANCHORS = [
  'what-it-means',
  'causes',
  'calling-an-instance',
  'except-with-parentheses',
  'field-named-doesnotexist',
  'typos',
  'why-intermittent',
  'races',
  'exists-then-get',
  'stale-cache',
  'background-jobs',
  'select-for-update',
  'f-expressions',
  'debugging',
  'checklist',
];

const GUIDE_FACTS = [
  "'DeferredAttribute' object is not callable",
  'catching classes that do not inherit from BaseException',
  'During handling of the above exception',
  'raise exc(',
  'from exc',
  'filter(...).first()',
  'select_for_update()',
  'transaction.atomic()',
  'select_for_update cannot be used outside of a transaction.',
  '/ref/models/class/#doesnotexist',
  '/ref/models/class/#notupdated',
  '/ref/models/instances/#refresh-from-db',
  '/ref/models/instances/#saving-objects',
  '/exceptions/#fielderror',
  '/live-examples/',
];

describe.each(['en', 'ru'] as const)('%s edition', (lang) => {
  it('the class page has a section for each attribute', () => {
    const ids = headingsOf(page('ref/models/class', lang).text).map((heading) => heading.id);
    expect(CLASS_ANCHORS.filter((anchor) => !ids.includes(anchor))).toEqual([]);
  });

  it('the class page states the key facts', () => {
    const { text } = page('ref/models/class', lang);
    expect(CLASS_FACTS.filter((fact) => !text.includes(fact))).toEqual([]);
    if (lang === 'ru') expect(text).not.toMatch(/\]\(\/(ref|guides|live-examples)\//);
  });

  it('the class page shows every class/ example', () => {
    expect(exampleIdsOf(page('ref/models/class', lang).text)).toEqual([
      'class/per-model',
      'class/multiple-objects',
      'class/not-updated',
      'class/objects',
      'class/inheritance',
      'class/abstract',
      'class/related-object',
    ]);
  });

  it('the guide has its sections and corrected claims', () => {
    const { text } = page('guides/doesnotexist-not-callable', lang);
    const ids = headingsOf(text).map((heading) => heading.id);
    expect(GUIDE_ANCHORS.filter((anchor) => !ids.includes(anchor))).toEqual([]);
    expect(GUIDE_FACTS.filter((fact) => !text.includes(fact))).toEqual([]);
    // Russian pages link to their /ru/ twins.
    if (lang === 'ru') expect(text).not.toMatch(/\]\(\/(ref|guides|live-examples)\//);
  });
});
