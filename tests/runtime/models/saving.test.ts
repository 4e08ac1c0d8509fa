// Checks ../shared/reference/django-facts.md §1.5 and §4 (save, _save_table): saving objects.
import { beforeEach, describe, expect, test } from 'vitest';
import { DatabaseError, IntegrityError, connection, models, reset_databases } from 'django/db';
import { ObjectNotUpdated } from 'django/core/exceptions';
import { ValueError, repr } from 'python/builtins';
import { isFrozenSet } from 'python/types';
import { date } from 'python/datetime';
import { UUID, uuid4 } from 'python/uuid';
import { raises, raisesAsync, sqlLog } from './helpers';

class Blog extends models.Model {
  name = models.CharField({ max_length: 50 });
  tagline = models.TextField({ default: '' });
}

class Counter extends models.Model {
  name = models.CharField({ max_length: 20, default: 'c' });
  value = models.IntegerField({ default: 0 });
  updated = models.DateField({ auto_now: true, null: true });
  created = models.DateField({ auto_now_add: true, null: true });
}

class Token extends models.Model {
  override id = models.UUIDField({ primary_key: true, default: uuid4 });
  label = models.CharField({ max_length: 20 });
}

class Coded extends models.Model {
  code = models.CharField({ max_length: 5, primary_key: true });
  label = models.CharField({ max_length: 20 });
}

class Careful extends models.Model {
  name = models.CharField({ max_length: 20 });
  static Meta = { select_on_save: true };
}

class Author extends models.Model {
  name = models.CharField({ max_length: 20 });
}

class Book extends models.Model {
  title = models.CharField({ max_length: 20 });
  author = models.ForeignKey(Author, { on_delete: models.CASCADE });
}

class BlogProxy extends Blog {
  static Meta = { proxy: true };
}

const events: Array<Record<string, unknown>> = [];
models.signals.pre_save.connect((kw) => events.push({ signal: 'pre_save', sender: kw.sender, update_fields: kw.update_fields }), {
  sender: BlogProxy,
});
models.signals.post_save.connect(
  (kw) =>
    events.push({ signal: 'post_save', created: kw.created, update_fields: kw.update_fields, raw: kw.raw, using: kw.using }),
  { sender: Counter },
);

beforeEach(() => {
  reset_databases();
  events.length = 0;
});

describe('save() signature', () => {
  test('returns None', () => {
    expect(new Blog({ name: 'b' }).save()).toBeUndefined();
  });

  test('keyword-only: a positional argument is a TypeError', () => {
    const b = new Blog({ name: 'b' });
    raises(() => (b.save as (x: unknown) => void)(true), TypeError, 'Model.save() takes 1 positional argument but 2 were given');
  });

  test('unknown keyword arguments are TypeErrors', () => {
    raises(() => new Blog().save({ force: true } as never), TypeError, "Model.save() got an unexpected keyword argument 'force'");
  });

  test('asave() is the async twin', async () => {
    const b = new Blog({ name: 'async' });
    await b.asave();
    expect(b.pk).toBe(1);
    await raisesAsync(() => new Blog().asave({ force_insert: true, force_update: true }), ValueError);
  });
});

describe('auto-incrementing primary keys', () => {
  test('None before the first save, set after it', () => {
    const b = new Blog({ name: 'x' });
    expect(b.id).toBeNull();
    b.save();
    expect(b.id).toBe(1);
    expect(new Blog({ name: 'y' }).pk).toBeNull();
  });

  test('every model gets an id AutoField unless a field is primary_key', () => {
    expect(Blog._meta.pk.name).toBe('id');
    expect(Blog._meta.pk.get_internal_type()).toBe('BigAutoField');
    expect(Coded._meta.pk.name).toBe('code');
    expect(Coded._meta.fields.map((f) => f.name)).toEqual(['code', 'label']);
  });

  test('pk is a readable and writable alias of the primary key', () => {
    const c = new Coded({ code: 'A' });
    expect(c.pk).toBe('A');
    c.pk = 'B';
    expect(c.code).toBe('B');
  });

  test('an explicit pk that already exists is an update of that row', () => {
    Blog.objects.create({ name: 'one' });
    Blog.objects.create({ name: 'two' });
    Blog.objects.create({ name: 'three' });
    const b4 = new Blog({ id: 3, name: 'Not Cheddar', tagline: 'Anything but cheese.' });
    b4.save();
    expect(Blog.objects.count()).toBe(3);
    expect(Blog.objects.get({ id: 3 }).name).toBe('Not Cheddar');
  });

  test('a hand-set AutoField pk is normalized from the database result', () => {
    const b = new Blog({ id: '123456', name: 'x' });
    b.save();
    expect(b.pk).toBe(123456);
  });

  test('other attribute values are not coerced by save', () => {
    const c = new Counter({ value: '5' });
    c.save();
    expect(c.value).toBe('5');
    expect(Counter.objects.get({ pk: c.pk }).value).toBe(5);
  });
});

describe('UPDATE or INSERT', () => {
  test('pk None: a single INSERT', () => {
    connection.reset_queries();
    new Blog({ name: 'x' }).save();
    expect(sqlLog()).toEqual([`INSERT INTO "app_blog" ("name", "tagline") VALUES ('x', '') RETURNING "app_blog"."id"`]);
  });

  test('pk set without a row: UPDATE matching nothing, then INSERT', () => {
    connection.reset_queries();
    new Blog({ id: 7, name: 'x' }).save();
    expect(sqlLog()).toEqual([
      `UPDATE "app_blog" SET "name" = 'x', "tagline" = '' WHERE "app_blog"."id" = 7`,
      `INSERT INTO "app_blog" ("id", "name", "tagline") VALUES (7, 'x', '') RETURNING "app_blog"."id"`,
    ]);
  });

  test('pk with a default: a new instance goes straight to INSERT', () => {
    connection.reset_queries();
    const t = new Token({ label: 'a' });
    expect(t.id).toBeInstanceOf(UUID);
    t.save();
    expect(sqlLog()).toHaveLength(1);
    expect(sqlLog()[0]).toMatch(/^INSERT INTO "app_token" \("id", "label"\) VALUES \('[0-9a-f]{32}', 'a'\)$/);
  });

  test('pk with a default: a duplicate INSERT is an IntegrityError', () => {
    const t = Token.objects.create({ label: 'a' });
    raises(() => new Token({ id: t.id, label: 'b' }).save(), IntegrityError);
  });

  test('pk with a default: a loaded instance is updated', () => {
    const t = Token.objects.create({ label: 'a' });
    const loaded = Token.objects.get({ pk: t.pk });
    loaded.label = 'b';
    connection.reset_queries();
    loaded.save();
    expect(sqlLog()[0]).toMatch(/^UPDATE "app_token" SET "label" = 'b' WHERE "app_token"."id" = '[0-9a-f]{32}'$/);
    expect(Token.objects.count()).toBe(1);
  });

  test('select_on_save: SELECT then UPDATE, same outcome', () => {
    const c = Careful.objects.create({ name: 'a' });
    c.name = 'b';
    connection.reset_queries();
    c.save();
    expect(sqlLog()).toEqual([
      `SELECT 1 AS "a" FROM "app_careful" WHERE "app_careful"."id" = 1 LIMIT 1`,
      `UPDATE "app_careful" SET "name" = 'b' WHERE "app_careful"."id" = 1`,
    ]);
    expect(Careful.objects.get({ pk: 1 }).name).toBe('b');
  });

  test('post_save created is True exactly when an INSERT happened', () => {
    const c = new Counter();
    c.save();
    c.save();
    expect(events.filter((e) => e.signal === 'post_save').map((e) => e.created)).toEqual([true, false]);
  });

  test('pre_save is sent with the proxy class as sender', () => {
    new BlogProxy({ name: 'p' }).save();
    expect(events).toEqual([{ signal: 'pre_save', sender: BlogProxy, update_fields: null }]);
  });

  test('a new save sets _state.db and _state.adding', () => {
    const b = new Blog({ name: 'x' });
    expect([b._state.adding, b._state.db]).toEqual([true, null]);
    b.save();
    expect([b._state.adding, b._state.db]).toEqual([false, 'default']);
  });
});

describe('forcing', () => {
  test('force_insert with force_update or update_fields is a ValueError', () => {
    raises(
      () => new Blog().save({ force_insert: true, force_update: true }),
      ValueError,
      'Cannot force both insert and updating in model saving.',
    );
    raises(
      () => new Blog().save({ force_insert: true, update_fields: ['name'] }),
      ValueError,
      'Cannot force both insert and updating in model saving.',
    );
  });

  test('force_insert on an existing pk is an IntegrityError', () => {
    const b = Blog.objects.create({ name: 'x' });
    raises(
      () => new Blog({ id: b.id, name: 'y' }).save({ force_insert: true }),
      IntegrityError,
      'UNIQUE constraint failed: app_blog.id',
    );
  });

  test('force_update without a matching row raises Model.NotUpdated', () => {
    const e = raises(
      () => new Blog({ id: 99, name: 'x' }).save({ force_update: true }),
      Blog.NotUpdated,
      'Forced update did not affect any rows.',
    );
    expect(e).toBeInstanceOf(ObjectNotUpdated);
    expect(e).toBeInstanceOf(DatabaseError);
  });

  test('update_fields without a matching row raises Model.NotUpdated', () => {
    raises(
      () => new Blog({ id: 99, name: 'x' }).save({ update_fields: ['name'] }),
      Blog.NotUpdated,
      'Save with update_fields did not affect any rows.',
    );
  });

  test('forcing an update without a pk is a ValueError', () => {
    raises(
      () => new Blog({ name: 'x' }).save({ force_update: true }),
      ValueError,
      'Cannot force an update in save() with no primary key.',
    );
  });
});

describe('F() expressions', () => {
  test('the database does the arithmetic and the field reads the new number after save', () => {
    const c = Counter.objects.create({ value: 1 });
    c.value = models.F('value').add(1);
    c.save();
    expect(c.value).toBe(2);
    expect(Counter.objects.get({ pk: c.pk }).value).toBe(2);
  });

  test('the UPDATE carries the expression and RETURNING', () => {
    const c = Counter.objects.create({ value: 1 });
    c.value = models.F('value').add(1);
    connection.reset_queries();
    c.save({ update_fields: ['value'] });
    expect(sqlLog()).toEqual([
      `UPDATE "app_counter" SET "value" = ("app_counter"."value" + 1) WHERE "app_counter"."id" = 1 RETURNING "app_counter"."value"`,
    ]);
  });
});

describe('update_fields', () => {
  test('only the listed columns are written', () => {
    const b = Blog.objects.create({ name: 'x', tagline: 't' });
    b.name = 'n';
    b.tagline = 'ignored';
    connection.reset_queries();
    b.save({ update_fields: ['name'] });
    expect(sqlLog()).toEqual([`UPDATE "app_blog" SET "name" = 'n' WHERE "app_blog"."id" = 1`]);
    expect(Blog.objects.get({ pk: 1 }).tagline).toBe('t');
  });

  test('an empty iterable skips the save entirely, signals included', () => {
    const c = Counter.objects.create();
    events.length = 0;
    connection.reset_queries();
    c.save({ update_fields: [] });
    expect(sqlLog()).toEqual([]);
    expect(events).toEqual([]);
  });

  test('names that are not concrete non-pk fields are a ValueError ("pk" and "id" too)', () => {
    const b = Blog.objects.create({ name: 'x' });
    const msg = 'The following fields do not exist in this model, are m2m fields, primary keys, or are non-concrete fields: ';
    raises(() => b.save({ update_fields: ['nope', 'pk'] }), ValueError, `${msg}nope, pk`);
    raises(() => b.save({ update_fields: ['id'] }), ValueError, `${msg}id`);
  });

  test('a plain string is iterated character by character', () => {
    const b = Blog.objects.create({ name: 'x' });
    raises(
      () => b.save({ update_fields: 'name' }),
      ValueError,
      'The following fields do not exist in this model, are m2m fields, primary keys, or are non-concrete fields: n, a, m, e',
    );
  });

  test('an attname is accepted', () => {
    const a = Author.objects.create({ name: 'a' });
    const a2 = Author.objects.create({ name: 'b' });
    const book = Book.objects.create({ title: 't', author: a });
    book.author = a2;
    book.save({ update_fields: ['author_id'] });
    expect(Book.objects.get({ pk: book.pk }).author.name).toBe('b');
  });

  test('signals receive update_fields as a frozen set', () => {
    const c = Counter.objects.create();
    events.length = 0;
    c.save({ update_fields: ['value'] });
    const fields = events[0]!.update_fields as Set<string>;
    expect([...fields]).toEqual(['value']);
    expect(isFrozenSet(fields)).toBe(true);
    expect(repr(fields)).toBe("frozenset({'value'})");
    expect(() => fields.add('x')).toThrow("'frozenset' object has no attribute 'add'");
  });

  test('only listed fields run pre_save(), so auto_now is not bumped unless listed', () => {
    const c = Counter.objects.create();
    Counter.objects.filter({ pk: c.pk }).update({ updated: new date(2000, 1, 1) });
    const loaded = Counter.objects.get({ pk: c.pk });
    loaded.value = 3;
    loaded.save({ update_fields: ['value'] });
    expect(Counter.objects.get({ pk: c.pk }).updated.isoformat()).toBe('2000-01-01');
    loaded.save({ update_fields: ['value', 'updated'] });
    expect(Counter.objects.get({ pk: c.pk }).updated.isoformat()).not.toBe('2000-01-01');
  });

  test('auto_now_add is set on insert only', () => {
    const c = Counter.objects.create();
    expect(c.created).toBeInstanceOf(date);
    expect(c.updated).toBeInstanceOf(date);
  });

  test('a deferred instance saves only its loaded fields', () => {
    Blog.objects.create({ name: 'x', tagline: 't' });
    const b = Blog.objects.only('name').get({ pk: 1 });
    b.name = 'y';
    connection.reset_queries();
    b.save();
    expect(sqlLog()).toEqual([`UPDATE "app_blog" SET "name" = 'y' WHERE "app_blog"."id" = 1`]);
  });

  test('assigning a deferred field adds it to the implicit update_fields', () => {
    Blog.objects.create({ name: 'x', tagline: 't' });
    const b = Blog.objects.only('name').get({ pk: 1 });
    b.tagline = 'new';
    connection.reset_queries();
    b.save();
    expect(sqlLog()).toEqual([`UPDATE "app_blog" SET "name" = 'x', "tagline" = 'new' WHERE "app_blog"."id" = 1`]);
  });
});

describe('related objects', () => {
  test('saving with a foreign key to an unsaved object is a ValueError', () => {
    const a = new Author({ name: 'a' });
    const b = new Book({ title: 't', author: a });
    raises(() => b.save(), ValueError, "save() prohibited to prevent data loss due to unsaved related object 'author'.");
  });

  test('the related object saved after assignment is picked up', () => {
    const a = new Author({ name: 'a' });
    const b = new Book({ title: 't', author: a });
    a.save();
    b.save();
    expect(Book.objects.get({ pk: b.pk }).author.pk).toBe(a.pk);
  });
});
