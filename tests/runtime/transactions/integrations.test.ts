// The model layer's integrations with the rest of the runtime: the app registry, the async guard,
// EmptyResultSet/FullResultSet in query compilation, Django 6.1's fetch modes.
import { beforeEach, describe, expect, it } from 'vitest';
import { models, reset_databases } from 'django/db';
import { apps } from 'django/apps';
import { EmptyResultSet, FieldFetchBlocked, FullResultSet, FieldError, SynchronousOnlyOperation } from 'django/core/exceptions';
import { asyncContext, sync_to_async } from 'django/utils/asyncio';
import { raises, raisesAsync, sqlLog } from '../models/helpers';

class Primary extends models.Model {
  name = models.CharField({ max_length: 10 });
  value = models.IntegerField({ default: 0 });
  static override objects = new models.Manager(this);
  static Meta = { app_label: 'fetching' };
}

class Secondary extends models.Model {
  primary = models.ForeignKey(Primary, { on_delete: models.CASCADE });
  static override objects = new models.Manager(this);
  static Meta = { app_label: 'fetching' };
}

beforeEach(() => reset_databases());

describe('app registry', () => {
  it('every concrete model is registered under its app label', () => {
    void Primary._meta;
    void Secondary._meta;
    expect(apps.all_models_for('fetching').get('primary')).toBe(Primary);
    expect(apps.all_models_for('fetching').get('secondary')).toBe(Secondary);
  });

  it('a model declared again under the same name replaces the earlier one', () => {
    const first = class Thing extends models.Model {};
    void first._meta;
    const second = class Thing extends models.Model {};
    void second._meta;
    expect(apps.all_models_for('app').get('thing')).toBe(second);
  });
});

describe('the async guard', () => {
  const message = 'You cannot call this from an async context - use a thread or sync_to_async.';

  it('sync queryset evaluation, save, delete and refresh raise SynchronousOnlyOperation in async code', async () => {
    const p = Primary.objects.create({ name: 'a' });
    await asyncContext(async () => {
      raises(() => Primary.objects.all().list(), SynchronousOnlyOperation, message);
      raises(() => Primary.objects.get({ pk: 1 }), SynchronousOnlyOperation, message);
      raises(() => Primary.objects.count(), SynchronousOnlyOperation, message);
      raises(() => p.save(), SynchronousOnlyOperation, message);
      raises(() => p.refresh_from_db(), SynchronousOnlyOperation, message);
      raises(() => p.delete(), SynchronousOnlyOperation, message);
    });
    expect(Primary.objects.count()).toBe(1);
  });

  it('the a* twins and sync_to_async are allowed', async () => {
    await asyncContext(async () => {
      const p = await Primary.objects.acreate({ name: 'b' });
      p.value = 3;
      await p.asave();
      await p.arefresh_from_db();
      expect(await Primary.objects.acount()).toBe(1);
      expect(await sync_to_async(() => Primary.objects.get({ pk: p.pk }).value)()).toBe(3);
      await p.adelete();
    });
    expect(Primary.objects.count()).toBe(0);
  });
});

describe('EmptyResultSet and FullResultSet', () => {
  it('str(qs.query) raises EmptyResultSet for a WHERE that matches nothing; evaluation runs no query', () => {
    const qs = Primary.objects.filter({ pk__in: [] });
    raises(() => String(qs.query), EmptyResultSet);
    raises(() => qs.query.__str__(), EmptyResultSet);
    raises(() => String(Primary.objects.none().query), EmptyResultSet);
    expect(qs.list()).toEqual([]);
    expect(sqlLog()).toEqual([]);
  });

  it('compiling a WHERE that matches every row raises FullResultSet, which as_sql() turns into no WHERE', () => {
    const qs = Primary.objects.exclude({ pk__in: [] });
    const compiler = qs.query.get_compiler('default');
    raises(() => compiler.compile(qs.query.where), FullResultSet);
    expect(compiler.as_sql()[0]).not.toContain('WHERE');
    expect(
      Primary.objects
        .filter({ name: 'a' })
        .query.get_compiler('default')
        .compile(Primary.objects.filter({ name: 'a' }).query.where)[0],
    ).toBe('"fetching_primary"."name" = \'a\'');
  });
});

describe('fetch modes (Django 6.1)', () => {
  beforeEach(() => {
    for (const name of ['a', 'b', 'c'])
      Secondary.objects.create({ primary: Primary.objects.create({ name, value: name.charCodeAt(0) }) });
  });

  it('FETCH_RAISE refuses to fetch a deferred field or a related object', () => {
    const [first] = Primary.objects.defer('value').fetch_mode(models.FETCH_RAISE).list();
    const error = raises(() => first!.value, FieldFetchBlocked, 'Fetching of Primary.value blocked.');
    expect(error).toBeInstanceOf(FieldError);
    const [secondary] = Secondary.objects.fetch_mode(models.FETCH_RAISE).list();
    raises(() => secondary!.primary, FieldFetchBlocked, 'Fetching of Secondary.primary blocked.');
    expect(Secondary.objects.select_related('primary').fetch_mode(models.FETCH_RAISE).list()[0]!.primary.name).toBe('a');
  });

  it('FETCH_PEERS loads the field for every instance of the queryset in one query', () => {
    const objs = Primary.objects.defer('value').fetch_mode(models.FETCH_PEERS).list();
    const before = sqlLog().length;
    expect(objs[0]!.value).toBe(97);
    expect(sqlLog().length).toBe(before + 1);
    expect(objs[1]!.value).toBe(98);
    expect(objs[2]!.value).toBe(99);
    expect(sqlLog().length).toBe(before + 1);
  });

  it('FETCH_ONE (the default) runs one query per instance', () => {
    const objs = Primary.objects.defer('value').fetch_mode(models.FETCH_ONE).list();
    const before = sqlLog().length;
    expect(objs.map((o) => o.value)).toEqual([97, 98, 99]);
    expect(sqlLog().length).toBe(before + 3);
    expect(() => Primary.objects.fetch_mode('RAISE' as never)).toThrow(TypeError);
  });
});

void raisesAsync;

describe('Query.get_compiler()', () => {
  it('needs a database alias or a connection, as in Django', async () => {
    const { ValueError } = await import('python/builtins');
    expect(() => Primary.objects.all().query.get_compiler()).toThrow(ValueError);
    expect(() => Primary.objects.all().query.get_compiler()).toThrow('Need either using or connection');
  });
});
