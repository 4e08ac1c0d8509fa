import { describe, expect, it } from 'vitest';
import {
  IDENTIFIER_IN_HEADING_WEIGHT,
  IDENTIFIER_WEIGHT,
  isIdentifier,
  weightIdentifierHeadings,
} from '../../src/build/search-weights.ts';

const weight = `data-pagefind-weight="${IDENTIFIER_WEIGHT}"`;

describe('isIdentifier', () => {
  it.each([
    'refresh_from_db()',
    'refresh_from_db',
    'get_FOO_display()',
    'MultipleObjectsReturned',
    'Model.DoesNotExist',
    'save(force_insert=False)',
    'F()',
  ])('%s is an API name', (text) => {
    expect(isIdentifier(text, false)).toBe(true);
  });

  it.each(['Exceptions', 'What this site is', 'Model instances', 'save() and delete()', ''])('%s is prose', (text) => {
    expect(isIdentifier(text, false)).toBe(false);
  });

  it('counts a plain word written as code', () => {
    expect(isIdentifier('objects', true)).toBe(true);
  });
});

describe('weightIdentifierHeadings', () => {
  it('weights a heading that is an API name', () => {
    expect(weightIdentifierHeadings('<h2 id="refresh-from-db"><code>refresh_from_db()</code></h2>')).toBe(
      `<h2 id="refresh-from-db" ${weight}><code>refresh_from_db()</code></h2>`,
    );
    expect(weightIdentifierHeadings('<h3 id="mor">MultipleObjectsReturned</h3>')).toBe(
      `<h3 id="mor" ${weight}>MultipleObjectsReturned</h3>`,
    );
    expect(weightIdentifierHeadings('<h2 id="objects"><code>objects</code></h2>')).toContain(weight);
  });

  it('weights the API names inside a heading that mixes words and code, less than a heading of its own', () => {
    expect(IDENTIFIER_IN_HEADING_WEIGHT).toBeLessThan(IDENTIFIER_WEIGHT);
    expect(weightIdentifierHeadings('<h2 id="x">When <code>save()</code> raises <code>a b</code></h2>')).toBe(
      `<h2 id="x">When <code data-pagefind-weight="${IDENTIFIER_IN_HEADING_WEIGHT}">save()</code> raises <code>a b</code></h2>`,
    );
  });

  it('gives full weight to API names that are joined only by "and", "or", "и", "y", commas', () => {
    for (const joiner of [' and ', ', ', ' / ', ' или ', ' y ', ' o ']) {
      expect(
        weightIdentifierHeadings(`<h3 id="r"><code>refresh_from_db()</code>${joiner}<code>arefresh_from_db()</code></h3>`),
      ).toBe(`<h3 id="r"><code ${weight}>refresh_from_db()</code>${joiner}<code ${weight}>arefresh_from_db()</code></h3>`);
    }
    expect(weightIdentifierHeadings('<h3 id="r">Android <code>save()</code></h3>')).toContain(
      `data-pagefind-weight="${IDENTIFIER_IN_HEADING_WEIGHT}"`,
    );
  });

  it('leaves prose headings, other elements and already weighted headings alone', () => {
    const html =
      '<h2 id="documents">The documents</h2><p><code>refresh_from_db()</code></p><h2 id="y" data-pagefind-weight="3">DoesNotExist</h2>';
    expect(weightIdentifierHeadings(html)).toBe(html);
  });

  it('decodes entities before deciding', () => {
    expect(weightIdentifierHeadings('<h2 id="a">a &amp; b</h2>')).toBe('<h2 id="a">a &amp; b</h2>');
  });
});
