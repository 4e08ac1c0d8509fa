import { describe, expect, it } from 'vitest';
import { cyrillicKeysToLatin, latinKeysToCyrillic } from '../../src/search/keyboard-layout.ts';
import { readPastedError } from '../../src/search/pasted.ts';
import {
  correctApiName,
  fold,
  isKnownWord,
  planQuery,
  WORD_PREFIX_LENGTH,
  type SearchRewrites,
} from '../../src/search/rewrite.ts';

const pageWords = [
  'гонки',
  'гонку',
  'кеш',
  'кеша',
  'исключение',
  'исключения',
  'состояние',
  'refresh_from_db',
  'doesnotexist',
  'matching',
  'query',
  'does',
  'not',
  'exist',
  'entry',
  'object',
  'is',
  'callable',
  'save',
  'model',
  'primary',
  'key',
];
const table: SearchRewrites = {
  forms: { гонок: 'гонки', гонкам: 'гонки' },
  spellings: [
    ['реис кондишн', 'состояние гонки'],
    ['эксепшен', 'исключение'],
    ['кэш', 'кеш'],
  ],
  words: [...new Set(pageWords.map((word) => fold(word).slice(0, WORD_PREFIX_LENGTH)))].sort(),
  identifiers: ['DoesNotExist', 'MultipleObjectsReturned', 'ObjectDoesNotExist', 'refresh_from_db', 'select_for_update', 'save'],
};

const first = (query: string) => planQuery(query, table)[0];

describe('keyboard layouts', () => {
  it('reads Russian typed on the English layout, punctuation keys included', () => {
    expect(latinKeysToCyrillic('ghbdtn')).toBe('привет');
    expect(latinKeysToCyrillic('bcrk.xtybt')).toBe('исключение');
    expect(latinKeysToCyrillic('RtI')).toBe('КеШ');
  });
  it('reads English typed on the Russian layout', () => {
    expect(cyrillicKeysToLatin('куакуыр_акщь_ви')).toBe('refresh_from_db');
    expect(cyrillicKeysToLatin('руддщ')).toBe('hello');
  });
});

describe('pasted errors', () => {
  it('takes the exception and its message from the last line of a traceback', () => {
    const traceback = [
      'Traceback (most recent call last):',
      '  File "/app/blog/views.py", line 12, in detail',
      '    entry = Entry.objects.get(pk=42)',
      '            ^^^^^^^^^^^^^^^^^^^^^^^^',
      'blog.models.Entry.DoesNotExist: Entry matching query does not exist.',
    ].join('\n');
    expect(readPastedError(traceback)).toMatchObject({
      exception: 'DoesNotExist',
      message: 'Entry matching query does not exist.',
    });
  });
  it('reads a traceback that a text field put on one line', () => {
    const oneLine =
      'Traceback (most recent call last): File "/app/views.py", line 3, in show obj = Entry.objects.get(pk=1) blog.models.Entry.DoesNotExist: Entry matching query does not exist.';
    expect(readPastedError(oneLine)).toMatchObject({
      exception: 'DoesNotExist',
      message: 'Entry matching query does not exist.',
    });
  });
  it('reads a single error line with a module path', () => {
    expect(readPastedError("django.db.models.deletion.ProtectedError: Cannot delete some instances of model 'Customer'")).toEqual(
      {
        exception: 'ProtectedError',
        message: 'Cannot delete some instances of model Customer',
        quoted: "Cannot delete some instances of model 'Customer'",
      },
    );
    expect(readPastedError('django.db.utils.IntegrityError: UNIQUE constraint failed: blog_entry.slug')).toMatchObject({
      exception: 'IntegrityError',
      message: 'UNIQUE constraint failed: blog_entry.slug',
    });
  });
  it('leaves words and bare API names alone', () => {
    expect(readPastedError('race condition').exception).toBeUndefined();
    expect(readPastedError('DoesNotExist').exception).toBeUndefined();
    expect(readPastedError('Note: something').exception).toBeUndefined();
  });
});

describe('known words', () => {
  it('counts an inflected form of a page word as known, and nothing else', () => {
    expect(isKnownWord(table.words, 'гонкам')).toBe(true);
    expect(isKnownWord(table.words, 'исключениями')).toBe(true);
    expect(isKnownWord(table.words, 'ujyrb')).toBe(false);
    expect(isKnownWord(table.words, 'randomly')).toBe(false);
  });
});

describe('mistyped API names', () => {
  it.each([
    ['refresh_form_db', 'refresh_from_db'],
    ['DoesNotExists', 'DoesNotExist'],
    ['MultipleObjectReturned', 'MultipleObjectsReturned'],
    ['select_for_updtae', 'select_for_update'],
  ])('%s -> %s', (typed, meant) => {
    expect(correctApiName(typed, table.identifiers)).toBe(meant);
  });
  it('leaves exact names, started names and short words alone', () => {
    expect(correctApiName('refresh_from_db', table.identifiers)).toBeUndefined();
    expect(correctApiName('refresh_fr', table.identifiers)).toBeUndefined();
    expect(correctApiName('sav', table.identifiers)).toBeUndefined();
  });
});

describe('planQuery', () => {
  it('passes known words through unchanged and untold', () => {
    expect(planQuery('состояние гонки', table)).toEqual([{ query: 'состояние гонки' }]);
    expect(planQuery('refresh_from_db', table)).toEqual([{ query: 'refresh_from_db' }]);
  });
  it('maps a word form Pagefind would miss to the pages\u2019 form, silently', () => {
    expect(first('гонок')).toEqual({ query: 'гонки' });
    expect(first('Гонок')).toEqual({ query: 'гонки' });
  });
  it('maps the spellings the site avoids to its own, keeping the ending', () => {
    expect(first('кэш')).toEqual({ query: 'кеш' });
    expect(first('кэша')).toEqual({ query: 'кеша' });
    expect(first('эксепшены')).toEqual({ query: 'исключение' });
    expect(first('рейс кондишн')).toEqual({ query: 'состояние гонки' });
  });
  it('switches the keyboard layout and says so', () => {
    expect(first('ujyrb')).toEqual({ query: 'гонки', searchedInstead: 'гонки' });
    expect(first('rtif')).toEqual({ query: 'кеша', searchedInstead: 'кеша' });
    expect(first('куакуыр_акщь_ви')).toEqual({ query: 'refresh_from_db', searchedInstead: 'refresh_from_db' });
    expect(first('вщуытщеучшые')).toEqual({ query: 'DoesNotExist', searchedInstead: 'DoesNotExist' });
    expect(first('вщуытщеучшыеы')).toEqual({ query: 'DoesNotExist', searchedInstead: 'DoesNotExist' });
  });
  it('corrects a mistyped API name and says so', () => {
    expect(first('refresh_form_db')).toEqual({ query: 'refresh_from_db', searchedInstead: 'refresh_from_db' });
    expect(first('DoesNotExists')).toEqual({ query: 'DoesNotExist', searchedInstead: 'DoesNotExist' });
  });
  it('drops a word the pages never use, unless nothing else is left', () => {
    expect(first('why does save raise DoesNotExist randomly')?.query).toBe('does save DoesNotExist');
    expect(first('randomly')).toEqual({ query: 'randomly' });
  });
  it('turns a pasted error into its known words, then its exception alone', () => {
    expect(
      planQuery('blog.models.Invoice.DoesNotExist: Invoice matching query does not exist.', table).map(
        (attempt) => attempt.query,
      ),
    ).toEqual(['DoesNotExist matching query does not exist', 'matching query does not exist', 'DoesNotExist']);
    expect(planQuery('Entry.DoesNotExist: Entry matching query does not exist.', table).map((attempt) => attempt.query)).toEqual([
      'DoesNotExist matching query does not exist',
      'matching query does not exist',
      'DoesNotExist',
    ]);
  });
  it("leaves the reader's quoted values out of a pasted message, even words the pages use, but not a quoted exception", () => {
    expect(
      planQuery("FieldDoesNotExist: Invoice has no field named 'model'", {
        ...table,
        words: [...table.words, 'has', 'no', 'field', 'named'].sort(),
      })[0]?.query,
    ).toBe('FieldDoesNotExist has no field named');
    expect(planQuery("TypeError: 'DoesNotExist' object is not callable", table)[0]?.query).toBe(
      'TypeError DoesNotExist object is not callable',
    );
  });
  it('without a table, asks what was typed', () => {
    expect(planQuery('  гонок ', undefined)).toEqual([{ query: 'гонок' }]);
  });
});
