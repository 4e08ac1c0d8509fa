// Checks ../shared/reference/django-facts.md §1.3: deleting a field attribute, refresh_from_db, arefresh_from_db, get_deferred_fields.
import { beforeEach, describe, expect, test } from 'vitest';
import { models, reset_databases, connection, connections } from 'django/db';
import { FieldDoesNotExist } from 'django/core/exceptions';
import { AttributeError, ValueError } from 'python/builtins';
import { settings } from 'django/conf';
import { raises, raisesAsync, sqlLog } from './helpers';

class Parent extends models.Model {
  name = models.CharField({ max_length: 20 });
}

class Kid extends models.Model {
  name = models.CharField({ max_length: 20 });
  age = models.IntegerField({ default: 1 });
  parent = models.ForeignKey(Parent, { on_delete: models.CASCADE, null: true });
  declare parent_id: number | null;
  static override objects = new models.Manager(this);
}

settings.DATABASES.other = { ENGINE: 'django.db.backends.sqlite3', NAME: ':memory:' };

beforeEach(() => {
  reset_databases();
});

function seed(): Kid {
  const p = Parent.objects.create({ name: 'P' });
  return Kid.objects.create({ name: 'k', age: 3, parent: p });
}

describe('del obj.field', () => {
  test('the next read reloads just that field', () => {
    const k = seed();
    Kid.objects.filter({ pk: k.pk }).update({ name: 'db', age: 99 });
    k.age = 50;
    k._delattr('name');
    expect(k.name).toBe('db');
    expect(k.age).toBe(50);
  });

  test('plain JS delete works the same way', () => {
    const k = seed();
    Kid.objects.filter({ pk: k.pk }).update({ name: 'db' });
    delete (k as Partial<Kid>).name;
    expect(k.name).toBe('db');
  });

  test('a deleted attribute counts as deferred until reloaded', () => {
    const k = seed();
    k._delattr('age');
    expect(k.get_deferred_fields()).toEqual(new Set(['age']));
  });

  test('deleting an attribute that is not set is an AttributeError', () => {
    const k = seed();
    k._delattr('age');
    raises(() => k._delattr('age'), AttributeError, "'Kid' object has no attribute 'age'");
  });

  test('reading a deferred field of an unsaved instance is an AttributeError', () => {
    const k = new Kid({ name: 'x' });
    k._delattr('name');
    raises(() => k.name, AttributeError, "Cannot retrieve deferred field 'name' from an unsaved model.");
  });
});

describe('refresh_from_db', () => {
  test('reloads every non-deferred field and returns undefined (None)', () => {
    const k = seed();
    Kid.objects.filter({ pk: k.pk }).update({ name: 'db', age: 4 });
    k.name = 'local';
    expect(k.refresh_from_db()).toBeUndefined();
    expect([k.name, k.age]).toEqual(['db', 4]);
  });

  test('clears cached relations', () => {
    const k = seed();
    const p2 = Parent.objects.create({ name: 'P2' });
    expect(k.parent!.name).toBe('P');
    Kid.objects.filter({ pk: k.pk }).update({ parent: p2 });
    k.refresh_from_db();
    expect(k.parent!.name).toBe('P2');
  });

  test('keeps annotation-like attributes that are not model fields', () => {
    const k = seed() as Kid & { score?: number };
    k.score = 10;
    k.refresh_from_db();
    expect(k.score).toBe(10);
  });

  test('fields= restricts the reload', () => {
    const k = seed();
    Kid.objects.filter({ pk: k.pk }).update({ name: 'db', age: 4 });
    k.refresh_from_db({ fields: ['age'] });
    expect([k.name, k.age]).toEqual(['k', 4]);
  });

  test('fields accept the attname of a relation', () => {
    const k = seed();
    const p2 = Parent.objects.create({ name: 'P2' });
    Kid.objects.filter({ pk: k.pk }).update({ parent: p2 });
    k.refresh_from_db({ fields: ['parent_id'] });
    expect(k.parent_id).toBe(p2.pk);
  });

  test('fields accept the relation name', () => {
    const k = seed();
    const p2 = Parent.objects.create({ name: 'P2' });
    Kid.objects.filter({ pk: k.pk }).update({ parent: p2 });
    k.refresh_from_db({ fields: ['parent'] });
    expect(k.parent!.pk).toBe(p2.pk);
  });

  test('"__" in fields is a ValueError', () => {
    const k = seed();
    raises(
      () => k.refresh_from_db({ fields: ['parent__name'] }),
      ValueError,
      'Found "__" in fields argument. Relations and transforms are not allowed in fields.',
    );
  });

  test('an empty fields list is a no-op without a query', () => {
    const k = seed();
    connection.reset_queries();
    k.refresh_from_db({ fields: [] });
    expect(sqlLog()).toEqual([]);
  });

  test('an unknown field name is FieldDoesNotExist', () => {
    const k = seed();
    raises(() => k.refresh_from_db({ fields: ['nope'] }), FieldDoesNotExist, "Kid has no field named 'nope'");
  });

  test('a missing row raises the model DoesNotExist', () => {
    const k = seed();
    Kid.objects.filter({ pk: k.pk }).delete();
    raises(() => k.refresh_from_db(), Kid.DoesNotExist, 'Kid matching query does not exist.');
  });

  test('an unsaved pk=None instance raises DoesNotExist too', () => {
    raises(() => new Kid().refresh_from_db(), Kid.DoesNotExist);
  });

  test('an unsaved instance whose pk is set is filled from the DB, then db is "default"', () => {
    const k = seed();
    const copy = new Kid({ id: k.pk });
    expect(copy._state.db).toBeNull();
    copy.refresh_from_db();
    expect(copy.name).toBe('k');
    expect(copy._state.db).toBe('default');
  });

  test('using reads from another database', () => {
    const k = seed();
    connections.get('other');
    Kid.objects.using('other').create({ id: k.pk, name: 'other-db' });
    k.refresh_from_db({ using: 'other' });
    expect(k.name).toBe('other-db');
    expect(k._state.db).toBe('other');
  });

  test('from_queryset reloads through a different queryset', () => {
    const k = seed();
    Kid.objects.filter({ pk: k.pk }).update({ name: 'db' });
    k.refresh_from_db({ from_queryset: Kid.objects.select_related('parent') });
    expect(k.name).toBe('db');
    connection.reset_queries();
    expect(k.parent!.name).toBe('P');
    expect(sqlLog()).toEqual([]);
  });

  test('using overrides the from_queryset database', () => {
    const k = seed();
    Kid.objects.using('other').create({ id: k.pk, name: 'other-db' });
    k.refresh_from_db({ from_queryset: Kid.objects.all(), using: 'other' });
    expect(k.name).toBe('other-db');
  });

  test('arefresh_from_db is the async twin', async () => {
    const k = seed();
    Kid.objects.filter({ pk: k.pk }).update({ name: 'async' });
    await k.arefresh_from_db();
    expect(k.name).toBe('async');
    await raisesAsync(() => new Kid().arefresh_from_db(), Kid.DoesNotExist);
  });

  test('deferred fields load on access through refresh_from_db(fields=[attname])', () => {
    seed();
    const calls: unknown[] = [];
    class Spy extends Kid {
      static Meta = { proxy: true };
      override refresh_from_db(options: models.RefreshOptions = {}): void {
        calls.push(options.fields);
        super.refresh_from_db(options);
      }
    }
    const s = Spy.objects.only('name').get({ name: 'k' });
    expect(s.age).toBe(3);
    expect(calls).toEqual([['age']]);
  });
});

describe('get_deferred_fields', () => {
  test('a freshly constructed instance has none', () => {
    expect(new Kid().get_deferred_fields()).toEqual(new Set());
  });

  test('returns attnames, e.g. parent_id for a deferred foreign key', () => {
    seed();
    const k = Kid.objects.defer('parent').get({ name: 'k' });
    expect(k.get_deferred_fields()).toEqual(new Set(['parent_id']));
  });

  test('only() defers everything else except the pk', () => {
    seed();
    const k = Kid.objects.only('name').get({ name: 'k' });
    expect(k.get_deferred_fields()).toEqual(new Set(['age', 'parent_id']));
  });
});
