import { describe, expect, it } from 'vitest';
import { headingException, messageTable } from '../../src/build/search-messages.ts';
import { explainingSections, messageWords } from '../../src/search/messages.ts';
import { fold, planQuery, type SearchRewrites } from '../../src/search/rewrite.ts';

const page = (body: string) => `<html><body><main data-pagefind-body>${body}</main></body></html>`;
const exceptions = page(`
  <h2 id="objectdoesnotexist">ObjectDoesNotExist</h2>
  <pre class="pg-session">not found: DoesNotExist('Author matching query does not exist.')</pre>
  <h3 id="models-protectederror"><code>models.ProtectedError</code></h3>
  <pre class="pg-session">Cannot delete some instances of model 'Customer' because they are referenced through protected foreign keys: 'Invoice.customer'.</pre>`);
const classPage = page(`
  <h2 id="doesnotexist">DoesNotExist</h2><p>Its message names the model: <code>"Book matching query does not exist."</code></p>
  <h2 id="multipleobjectsreturned">MultipleObjectsReturned</h2>
  <h3 id="get-rules">How get() decides</h3><p><code>"get() returned more than one &lt;Model&gt; -- it returned 3!"</code>, and <code>"&lt;Model&gt; matching query does not exist."</code></p>
  <pre><code>from django.core.exceptions import ObjectDoesNotExist</code></pre>`);
const instances = page(`
  <h2 id="delete-errors">When a delete is refused</h2>
  <pre class="pg-session">ProtectedError: Cannot delete some instances of model 'Customer' because they are referenced through protected foreign keys: 'Invoice.customer'.</pre>`);
const table = messageTable([
  { sitePath: '/ref/exceptions/', html: exceptions },
  { sitePath: '/ref/models/class/', html: classPage },
  { sitePath: '/ref/models/instances/', html: instances },
]);

describe('message words', () => {
  it("keeps Django's words and leaves out the reader's names and values", () => {
    expect(messageWords('Entry matching query does not exist.')).toBe('matching query does not exist');
    expect(messageWords("Reverse for 'invoice-detail' not found.")).toBe('for not found');
    expect(messageWords('NOT NULL constraint failed: shop_invoice.total')).toBe('not null constraint failed');
    expect(messageWords('get() returned more than one Invoice -- it returned 2!')).toBe('get returned more than one it returned');
  });
});

describe('the message table built from the pages', () => {
  it('reads the exception a heading is about', () => {
    expect(headingException('models.ProtectedError')).toBe('ProtectedError');
    expect(headingException('NotUpdated New in Django 6.0')).toBe('NotUpdated');
    expect(headingException('How get() decides')).toBeUndefined();
  });
  it("gives a message the section under its own exception's heading, not one that merely quotes it", () => {
    const entry = (words: string) => table.messages.find(([known]) => known === words);
    expect(entry('matching query does not exist')).toEqual([
      'matching query does not exist',
      'DoesNotExist',
      ['/ref/models/class/#doesnotexist'],
    ]);
    expect(entry('delete some instances of model because they are referenced through protected foreign keys')?.slice(1)).toEqual([
      'ProtectedError',
      ['/ref/exceptions/#models-protectederror'],
    ]);
    expect(entry('get returned more than one it returned')?.slice(1)).toEqual([
      'MultipleObjectsReturned',
      ['/ref/models/class/#get-rules'],
    ]);
    expect(table.messages.some(([words]) => words.startsWith('from import'))).toBe(false);
  });
  it("lists each exception's own sections", () => {
    expect(table.exceptions['ProtectedError']).toEqual(['/ref/exceptions/#models-protectederror']);
    expect(table.exceptions['MultipleObjectsReturned']).toEqual(['/ref/models/class/#multipleobjectsreturned']);
  });
});

describe('explaining sections', () => {
  it('finds the section of a message typed without its exception', () => {
    expect(explainingSections('Cannot delete some instances of model', undefined, table)).toEqual({
      sections: ['/ref/exceptions/#models-protectederror'],
      exception: 'ProtectedError',
    });
    expect(explainingSections('Entry matching query does not exist.', undefined, table).sections[0]).toBe(
      '/ref/models/class/#doesnotexist',
    );
  });
  it("falls back to the named exception's own section for a message the pages never quote", () => {
    expect(explainingSections('NOT NULL constraint failed', 'ProtectedError', table).sections).toEqual([
      '/ref/exceptions/#models-protectederror',
    ]);
  });
  it('finds nothing for words that are no message', () => {
    expect(explainingSections('not found', undefined, table)).toEqual({ sections: [], exception: undefined });
    expect(explainingSections('more than one object', undefined, table).sections).toEqual([]);
  });
});

describe('planQuery with the message table', () => {
  const rewrites: SearchRewrites = {
    forms: {},
    spellings: [],
    words: [
      ...new Set(['delete', 'some', 'instances', 'model', 'matching', 'query', 'does', 'not', 'exist'].map((word) => fold(word))),
    ].sort(),
    identifiers: ['ProtectedError', 'DoesNotExist'],
    ...table,
  };
  it("adds the message's exception and ranks its sections first", () => {
    expect(planQuery('Cannot delete some instances of model', rewrites)[0]).toEqual({
      query: 'ProtectedError delete some instances model',
      prefer: ['/ref/exceptions/#models-protectederror'],
    });
  });
  it('tries a named exception that heads a section before the message words alone', () => {
    expect(
      planQuery("django.db.models.deletion.ProtectedError: Cannot delete some instances of model 'Customer'", rewrites).map(
        (attempt) => attempt.query,
      ),
    ).toEqual(['ProtectedError delete some instances model', 'ProtectedError', 'delete some instances model']);
  });
});
