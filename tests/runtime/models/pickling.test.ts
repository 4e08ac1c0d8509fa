// Checks ../shared/reference/django-facts.md §1.7: pickling model instances.
import { beforeEach, describe, expect, test } from 'vitest';
import { models, reset_databases } from 'django/db';
import { dumps, loads } from 'python/pickle';
import { catch_warnings } from 'python/warnings';
import { RuntimeWarning } from 'python/builtins';
import { eq } from 'python/protocols';
import { date } from 'python/datetime';
import { Decimal } from 'python/decimal';

class Article extends models.Model {
  title = models.CharField({ max_length: 20 });
  published = models.DateField({ null: true });
  price = models.DecimalField({ max_digits: 5, decimal_places: 2, null: true });
  cache_only = 'not pickled';
  override __getstate__(): Record<string, unknown> {
    const state = super.__getstate__();
    delete state.cache_only;
    return state;
  }
}

beforeEach(() => reset_databases());

function warningsOf(fn: () => void): string[] {
  return catch_warnings(
    (log) => {
      fn();
      return log.map((w) => String(w));
    },
    { record: true },
  );
}

describe('pickle', () => {
  test('stores the current state, not the database row', () => {
    const a = Article.objects.create({ title: 'db' });
    a.title = 'local';
    const restored = loads(dumps(a)) as Article;
    expect(restored.title).toBe('local');
  });

  test('the unpickled instance equals the original and keeps _state', () => {
    const a = Article.objects.create({ title: 't', published: new date(2020, 2, 3), price: new Decimal('1.50') });
    const restored = loads(dumps(a)) as Article;
    expect(eq(restored, a)).toBe(true);
    expect([restored._state.adding, restored._state.db]).toEqual([false, 'default']);
    expect(restored.published!.isoformat()).toBe('2020-02-03');
    expect(String(restored.price)).toBe('1.50');
    expect(restored).toBeInstanceOf(Article);
  });

  test('the unpickled instance keeps its fetch mode (Django 6.1)', () => {
    Article.objects.create({ title: 'p' });
    const raising = Article.objects.fetch_mode(models.FETCH_RAISE).get();
    expect((loads(dumps(raising)) as Article)._state.fetch_mode).toBe(models.FETCH_RAISE);
    expect((loads(dumps(new Article({ title: 'q' }))) as Article)._state.fetch_mode).toBe(models.FETCH_ONE);
  });

  test('an unsaved instance keeps adding=True and db=None', () => {
    const restored = loads(dumps(new Article({ title: 'x' }))) as Article;
    expect([restored._state.adding, restored._state.db]).toEqual([true, null]);
  });

  test('an unpickled instance reloads a deleted field like any other', () => {
    const a = Article.objects.create({ title: 'db' });
    const restored = loads(dumps(a)) as Article;
    restored.title = 'local';
    delete (restored as Partial<Article>).title;
    expect(restored.title).toBe('db');
  });

  test('the pickle carries the Django version stamp', () => {
    expect(JSON.parse(dumps(new Article()))['state']['_django_version']).toBe('6.1.3');
  });

  test('a pickle without a version stamp warns with RuntimeWarning', () => {
    const data = JSON.parse(dumps(new Article({ title: 'x' })));
    delete data.state._django_version;
    expect(warningsOf(() => loads(JSON.stringify(data)))).toEqual([
      "RuntimeWarning: Pickled model instance's Django version is not specified.",
    ]);
  });

  test('a pickle from another version warns with both versions', () => {
    const data = JSON.parse(dumps(new Article({ title: 'x' })));
    data.state._django_version = '1.0';
    expect(warningsOf(() => loads(JSON.stringify(data)))).toEqual([
      "RuntimeWarning: Pickled model instance's Django version 1.0 does not match the current version 6.1.3.",
    ]);
  });

  test('the same version gives no warning', () => {
    expect(warningsOf(() => loads(dumps(new Article())))).toEqual([]);
  });

  test('__getstate__ can leave attributes out', () => {
    const restored = loads(dumps(new Article({ title: 'x' }))) as Article & { cache_only?: string };
    expect(Object.hasOwn(restored, 'cache_only')).toBe(false);
  });

  test('the warning category is RuntimeWarning', () => {
    const data = JSON.parse(dumps(new Article()));
    delete data.state._django_version;
    const categories = catch_warnings(
      (log) => {
        loads(JSON.stringify(data));
        return log.map((w) => w.category);
      },
      { record: true },
    );
    expect(categories).toEqual([RuntimeWarning]);
  });
});
