// Checks ../shared/reference/django-facts.md §6: what an in-memory runtime reproduces (outcomes) and how it quotes messages;
// plus signals and several databases.
import { beforeEach, describe, expect, test } from 'vitest';
import { IntegrityError, connections, models, reset_databases } from 'django/db';
import { settings } from 'django/conf';
import { ValidationError } from 'django/core/exceptions';
import { Signal } from 'django/dispatch';
import { raises } from './helpers';
import * as sqlite3 from 'python/sqlite3';
import { repr } from 'python/builtins';
import { formatException, pythonName } from 'python/exceptions';

class Counter extends models.Model {
  name = models.CharField({ max_length: 10, default: 'c' });
  kind = models.CharField({ max_length: 5, choices: [['a', 'A']], default: 'a' });
}
class Careful extends models.Model {
  name = models.CharField({ max_length: 10 });
  static Meta = { select_on_save: true };
}
class Profile extends models.Model {
  owner = models.ForeignKey(Counter, { on_delete: models.CASCADE, null: true });
}

settings.DATABASES.other = { ENGINE: 'django.db.backends.sqlite3', NAME: ':memory:' };

beforeEach(() => reset_databases());

describe('portable outcomes', () => {
  test('select_on_save changes the queries, not the outcome', () => {
    const a = Careful.objects.create({ name: 'x' });
    a.name = 'y';
    a.save();
    const b = new Careful({ id: 9, name: 'z' });
    b.save();
    expect(Careful.objects.order_by('pk').values_list('name', { flat: true }).list()).toEqual(['y', 'z']);
  });

  test('IntegrityError carries SQLite text for the duplicate pk', () => {
    Counter.objects.create({ id: 1 });
    raises(() => Counter.objects.create({ id: 1 }), IntegrityError, 'UNIQUE constraint failed: app_counter.id');
  });

  test("IntegrityError is raised from the driver's sqlite3.IntegrityError, with the same args", () => {
    Counter.objects.create({ id: 1 });
    const e = raises(() => Counter.objects.create({ id: 1 }), IntegrityError);
    expect(e.__cause__).toBeInstanceOf(sqlite3.IntegrityError);
    expect(formatException(e.__cause__, { module: true })).toBe(
      'sqlite3.IntegrityError: UNIQUE constraint failed: app_counter.id',
    );
    expect(repr(e.args)).toBe("('UNIQUE constraint failed: app_counter.id',)");
    const n = raises(() => Profile.objects.create({ owner_id: 99 }), IntegrityError, 'FOREIGN KEY constraint failed');
    expect(pythonName(n.__cause__)).toBe('IntegrityError');
    const u = raises(
      () => Counter.objects.filter({ pk: 1 }).update({ name: null }),
      IntegrityError,
      'NOT NULL constraint failed: app_counter.name',
    );
    expect(u.__cause__).toBeInstanceOf(sqlite3.IntegrityError);
  });

  test('the "more than 20" cap is observable', () => {
    for (let i = 0; i < 21; i++) Counter.objects.create();
    raises(
      () => Counter.objects.get(),
      Counter.MultipleObjectsReturned,
      'get() returned more than one Counter -- it returned more than 20!',
    );
  });

  test('exactly 20 matches are counted', () => {
    for (let i = 0; i < 20; i++) Counter.objects.create();
    raises(
      () => Counter.objects.get(),
      Counter.MultipleObjectsReturned,
      'get() returned more than one Counter -- it returned 20!',
    );
  });

  test('deletion labels are app_label.ModelName', () => {
    expect(Counter.objects.create().delete()).toEqual([1, { 'app.Counter': 1 }]);
    expect(Counter._meta.label).toBe('app.Counter');
  });

  test('update_fields accepts the attname and get_deferred_fields returns attnames', () => {
    const c = Counter.objects.create();
    const p = Profile.objects.create({ owner: c });
    p.owner = null;
    p.save({ update_fields: ['owner_id'] });
    expect(Profile.objects.get({ pk: p.pk }).owner).toBeNull();
    expect(Profile.objects.defer('owner').get({ pk: p.pk }).get_deferred_fields()).toEqual(new Set(['owner_id']));
  });

  test('str(ValidationError) uses Python reprs: single quotes, double when the text has one', () => {
    const e = raises(() => new Counter({ kind: 'b' }).full_clean(), ValidationError);
    expect(String(e)).toBe("{'kind': [\"Value 'b' is not a valid choice.\"]}");
    const both = raises(() => new Counter({ kind: "it's" }).full_clean(), ValidationError);
    expect(String(both)).toBe(`{'kind': ['Value "it\\'s" is not a valid choice.']}`);
  });
});

describe('signals', () => {
  test('a custom Signal with sender filtering, connect and disconnect', () => {
    const done = new Signal();
    const got: unknown[] = [];
    const handler = ({ sender, value }: { sender: unknown; value?: unknown }) => void got.push([sender, value]);
    done.connect(handler as never, { sender: 'a' });
    done.send('a', { value: 1 });
    done.send('b', { value: 2 });
    expect(done.disconnect(handler as never, { sender: 'a' })).toBe(true);
    done.send('a', { value: 3 });
    expect(got).toEqual([['a', 1]]);
  });

  test('send returns [receiver, response] pairs', () => {
    const s = new Signal();
    const r = () => 42;
    s.connect(r);
    expect(s.send(null)).toEqual([[r, 42]]);
  });

  test('post_save gets created and the instance; post_delete gets origin', () => {
    const seen: string[] = [];
    const onSave = ({ created, instance }: { created?: boolean; instance?: unknown }) =>
      void seen.push(`save:${created}:${(instance as Counter).name}`);
    const onDelete = ({ origin, instance }: { origin?: unknown; instance?: unknown }) =>
      void seen.push(`delete:${origin === instance}`);
    models.signals.post_save.connect(onSave as never, { sender: Counter });
    models.signals.post_delete.connect(onDelete as never, { sender: Counter });
    const c = Counter.objects.create({ name: 'n' });
    c.save();
    c.delete();
    models.signals.post_save.disconnect(onSave as never, { sender: Counter });
    models.signals.post_delete.disconnect(onDelete as never, { sender: Counter });
    expect(seen).toEqual(['save:true:n', 'save:false:n', 'delete:true']);
  });

  test('m2m_changed fires for add', () => {
    class Tag extends models.Model {}
    class Item extends models.Model {
      tags = models.ManyToManyField(Tag);
    }
    const actions: string[] = [];
    const handler = ({ action, pk_set }: { action?: string; pk_set?: Set<unknown> }) =>
      void actions.push(`${action}:${[...(pk_set ?? [])].join(',')}`);
    const through = (Item._meta.get_field('tags') as unknown as { through: object }).through;
    models.signals.m2m_changed.connect(handler as never, { sender: through });
    const t = Tag.objects.create();
    const i = Item.objects.create();
    i.tags.add(t);
    models.signals.m2m_changed.disconnect(handler as never, { sender: through });
    expect(actions).toEqual(['pre_add:1', 'post_add:1']);
  });
});

describe('several databases', () => {
  test('each alias is its own store', () => {
    Counter.objects.create({ name: 'default' });
    Counter.objects.using('other').create({ name: 'other' });
    Counter.objects.using('other').create({ name: 'other2' });
    expect(Counter.objects.count()).toBe(1);
    expect(Counter.objects.using('other').count()).toBe(2);
  });

  test('save(using=) and the instance db', () => {
    const c = new Counter({ name: 'x' });
    c.save({ using: 'other' });
    expect(c._state.db).toBe('other');
    c.name = 'y';
    c.save();
    expect(Counter.objects.using('other').get({ pk: c.pk }).name).toBe('y');
    expect(Counter.objects.count()).toBe(0);
  });

  test('an unknown alias is an error naming it', () => {
    expect(() => Counter.objects.using('nope').count()).toThrow("The connection 'nope' doesn't exist.");
  });

  test('connections lists the configured aliases', () => {
    expect(connections.all().map((c) => c.alias)).toEqual(['default', 'other']);
  });
});
