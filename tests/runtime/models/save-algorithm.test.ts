// Checks ../shared/reference/django-facts.md §4 (save_base, _save_parents, _save_table) with multi-table inheritance and proxies.
import { beforeEach, describe, expect, test } from 'vitest';
import { connection, models, reset_databases } from 'django/db';
import { repr } from 'python/builtins';
import { FieldDoesNotExist } from 'django/core/exceptions';
import { raises, sqlLog } from './helpers';

class Place extends models.Model {
  name = models.CharField({ max_length: 20 });
  address = models.CharField({ max_length: 20, default: '' });
}
class Restaurant extends Place {
  serves_pizza = models.BooleanField({ default: false });
  declare place_ptr_id: number | null;
}
class Pizzeria extends Restaurant {
  oven = models.CharField({ max_length: 10, default: 'wood' });
}
class Counter extends models.Model {
  value = models.IntegerField({ default: 0 });
}
class SubCounter extends Counter {}
class Unrelated extends models.Model {}

beforeEach(() => reset_databases());

describe('multi-table inheritance', () => {
  test('a child row lives in both tables, linked by place_ptr', () => {
    const r = Restaurant.objects.create({ name: 'Bob', serves_pizza: true });
    expect(r.pk).toBe(1);
    expect(r.place_ptr_id).toBe(1);
    expect(r.id).toBe(1);
    expect(Place.objects.get({ pk: 1 }).name).toBe('Bob');
    expect(Restaurant._meta.pk.name).toBe('place_ptr');
  });

  test('the parent gets a reverse one-to-one accessor named after the child', () => {
    Restaurant.objects.create({ name: 'Bob', serves_pizza: true });
    const p = Place.objects.get({ pk: 1 }) as Place & { restaurant: Restaurant };
    expect(p.restaurant.serves_pizza).toBe(true);
  });

  test('querying the child filters on parent fields through the join', () => {
    Restaurant.objects.create({ name: 'Bob' });
    Place.objects.create({ name: 'Bob' });
    expect(Restaurant.objects.filter({ name: 'Bob' }).count()).toBe(1);
    expect(Place.objects.filter({ name: 'Bob' }).count()).toBe(2);
  });

  test('three levels: every ancestor gets a row', () => {
    const p = Pizzeria.objects.create({ name: 'Napoli' });
    expect([Place.objects.count(), Restaurant.objects.count(), Pizzeria.objects.count()]).toEqual([1, 1, 1]);
    expect(Pizzeria.objects.get({ pk: p.pk }).oven).toBe('wood');
  });

  test('saving again updates both tables', () => {
    const r = Restaurant.objects.create({ name: 'Bob' });
    r.name = 'Rob';
    r.serves_pizza = true;
    connection.reset_queries();
    r.save();
    // A model with concrete parents saves inside atomic(savepoint=False): BEGIN/COMMIT on SQLite.
    expect(sqlLog()).toEqual([
      'BEGIN',
      `UPDATE "app_place" SET "name" = 'Rob', "address" = '' WHERE "app_place"."id" = 1`,
      `UPDATE "app_restaurant" SET "serves_pizza" = 1 WHERE "app_restaurant"."place_ptr_id" = 1`,
      'COMMIT',
    ]);
  });

  test('setting pk sets the parent link too', () => {
    const r = new Restaurant({ name: 'x' });
    r.pk = 5;
    expect([r.place_ptr_id, r.id]).toEqual([5, 5]);
  });

  test('update_fields naming only a parent field leaves the child table alone', () => {
    const r = Restaurant.objects.create({ name: 'Bob' });
    r.name = 'Rob';
    connection.reset_queries();
    r.save({ update_fields: ['name'] });
    expect(sqlLog()).toEqual(['BEGIN', `UPDATE "app_place" SET "name" = 'Rob' WHERE "app_place"."id" = 1`, 'COMMIT']);
  });
});

describe('force_insert', () => {
  test('True forces the INSERT only for the current model table', () => {
    const p = Place.objects.create({ name: 'Old' });
    const r = new Restaurant({ id: p.pk, name: 'New' });
    connection.reset_queries();
    r.save({ force_insert: true });
    expect(sqlLog()).toEqual([
      'BEGIN',
      `UPDATE "app_place" SET "name" = 'New', "address" = '' WHERE "app_place"."id" = 1`,
      `INSERT INTO "app_restaurant" ("place_ptr_id", "serves_pizza") VALUES (1, 0)`,
      'COMMIT',
    ]);
  });

  test('a tuple of parents forces their INSERT too', () => {
    const r = new Restaurant({ id: 7, name: 'New' });
    connection.reset_queries();
    r.save({ force_insert: [Place] });
    expect(sqlLog()).toEqual([
      'BEGIN',
      `INSERT INTO "app_place" ("id", "name", "address") VALUES (7, 'New', '') RETURNING "app_place"."id"`,
      `INSERT INTO "app_restaurant" ("place_ptr_id", "serves_pizza") VALUES (7, 0)`,
      'COMMIT',
    ]);
  });

  test('(models.Model,) forces every parent', () => {
    const p = new Pizzeria({ id: 3, name: 'x' });
    connection.reset_queries();
    p.save({ force_insert: [models.Model] });
    expect(
      sqlLog()
        .slice(1, -1)
        .every((sql) => sql.startsWith('INSERT')),
    ).toBe(true);
    expect(sqlLog()).toHaveLength(5);
  });

  test('a value that is neither bool nor tuple is a TypeError', () => {
    raises(() => new Counter().save({ force_insert: 'yes' as never }), TypeError, 'force_insert must be a bool or tuple.');
  });

  test('a member that is not a model is a TypeError', () => {
    raises(
      () => new Counter().save({ force_insert: [1 as never] }),
      TypeError,
      'Invalid force_insert member. 1 must be a model subclass.',
    );
  });

  test('a model that is not a base is a TypeError', () => {
    raises(
      () => new Counter().save({ force_insert: [SubCounter] }),
      TypeError,
      'Invalid force_insert member. SubCounter must be a base of Counter.',
    );
    raises(
      () => new Counter().save({ force_insert: [Unrelated] }),
      TypeError,
      'Invalid force_insert member. Unrelated must be a base of Counter.',
    );
  });
});

describe('abstract and proxy inheritance', () => {
  class Stamped extends models.Model {
    created = models.CharField({ max_length: 10, default: 'now' });
    static Meta: models.MetaOptions = { abstract: true, ordering: ['-id'] };
  }
  class Note extends Stamped {
    text = models.CharField({ max_length: 10 });
  }
  class OrderedNote extends Note {
    static override Meta: models.MetaOptions = { proxy: true, ordering: ['text'] };
  }

  test('abstract fields are copied into the child table and Meta is inherited', () => {
    expect(Note._meta.fields.map((f) => f.name)).toEqual(['id', 'created', 'text']);
    expect(Note._meta.db_table).toBe('app_note');
    expect(Note._meta.ordering).toEqual(['-id']);
    expect(Note._meta.abstract).toBe(false);
  });

  test('a proxy shares the table and may change ordering', () => {
    Note.objects.create({ text: 'a' });
    Note.objects.create({ text: 'b' });
    expect(OrderedNote._meta.db_table).toBe('app_note');
    expect(
      OrderedNote.objects
        .all()
        .list()
        .map((n) => n.text),
    ).toEqual(['a', 'b']);
    expect(
      Note.objects
        .all()
        .list()
        .map((n) => n.text),
    ).toEqual(['a', 'b'].reverse());
    expect(repr(OrderedNote.objects.get({ text: 'a' }))).toBe('<OrderedNote: OrderedNote object (1)>');
  });

  test('_meta.get_field finds fields, attnames and reverse relations, or raises FieldDoesNotExist', () => {
    expect(Restaurant._meta.get_field('place_ptr').name).toBe('place_ptr');
    expect(Restaurant._meta.get_field('place_ptr_id').name).toBe('place_ptr');
    expect(Place._meta.get_field('restaurant').constructor.name).toBe('ForeignObjectRel');
    raises(() => Note._meta.get_field('nope'), FieldDoesNotExist, "Note has no field named 'nope'");
  });

  test('_meta describes the model', () => {
    expect(Note._meta.label).toBe('app.Note');
    expect(Note._meta.label_lower).toBe('app.note');
    expect(Note._meta.app_label).toBe('app');
    expect(Note._meta.model_name).toBe('note');
    expect(Note._meta.concrete_fields.map((f) => f.attname)).toEqual(['id', 'created', 'text']);
    expect(OrderedNote._meta.proxy).toBe(true);
    expect(OrderedNote._meta.concrete_model).toBe(Note);
  });
});
