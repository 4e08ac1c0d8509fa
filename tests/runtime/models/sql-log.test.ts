// connection.queries: the SQL Django would send to SQLite, one entry per statement.
import { beforeEach, describe, expect, test } from 'vitest';
import { connection, connections, models, reset_databases, reset_queries } from 'django/db';
import { settings } from 'django/conf';
import { date } from 'python/datetime';
import { sqlLog } from './helpers';

class Blog extends models.Model {
  name = models.CharField({ max_length: 30 });
}
class Entry extends models.Model {
  blog = models.ForeignKey(Blog, { on_delete: models.CASCADE });
  headline = models.CharField({ max_length: 50 });
  pub_date = models.DateField({ null: true });
  rating = models.IntegerField({ default: 0 });
  active = models.BooleanField({ default: true });
}
class Place extends models.Model {
  name = models.CharField({ max_length: 30 });
}
class Restaurant extends Place {
  serves_pizza = models.BooleanField({ default: false });
}

settings.DATABASES.other = { ENGINE: 'django.db.backends.sqlite3', NAME: ':memory:' };

beforeEach(() => {
  reset_databases();
  const b = Blog.objects.create({ name: 'B' });
  Entry.objects.create({ blog: b, headline: 'x', pub_date: new date(2005, 1, 1) });
  reset_queries();
});

const SELECT_ENTRY =
  'SELECT "app_entry"."id", "app_entry"."blog_id", "app_entry"."headline", "app_entry"."pub_date", "app_entry"."rating", "app_entry"."active" FROM "app_entry"';

describe('connection.queries', () => {
  test('entries are {sql, time} records', () => {
    Entry.objects.get({ id: 1 });
    expect(connection.queries).toEqual([{ sql: `${SELECT_ENTRY} WHERE "app_entry"."id" = 1 LIMIT 21`, time: '0.000' }]);
  });

  test('reset_queries() empties the log', () => {
    Entry.objects.count();
    reset_queries();
    expect(connection.queries).toEqual([]);
  });

  test('several conditions are parenthesised and joined with AND', () => {
    Entry.objects.filter({ rating__gt: 3, headline__startswith: 'X' }).list();
    expect(sqlLog()).toEqual([
      `${SELECT_ENTRY} WHERE ("app_entry"."headline" LIKE 'X%' ESCAPE '\\' AND "app_entry"."rating" > 3)`,
    ]);
  });

  test('year lookups become BETWEEN; booleans compare with 1 and 0 (as Django 6.1 on SQLite)', () => {
    Entry.objects.filter({ pub_date__year: 2005 }).exclude({ active: false }).list();
    expect(sqlLog()).toEqual([
      `${SELECT_ENTRY} WHERE ("app_entry"."pub_date" BETWEEN '2005-01-01' AND '2005-12-31' AND NOT ("app_entry"."active" = 0))`,
    ]);
  });

  test('OR, NOT, IN and IS NULL', () => {
    Entry.objects.filter(new models.Q({ pk__in: [1, 2] }).or(new models.Q({ pub_date: null }).not())).list();
    expect(sqlLog()).toEqual([`${SELECT_ENTRY} WHERE ("app_entry"."id" IN (1, 2) OR NOT ("app_entry"."pub_date" IS NULL))`]);
  });

  test('joins for related lookups, ORDER BY and LIMIT/OFFSET', () => {
    Entry.objects.filter({ blog__name: 'B' }).order_by('-rating').slice(5, 10).list();
    expect(sqlLog()).toEqual([
      `${SELECT_ENTRY} INNER JOIN "app_blog" ON ("app_entry"."blog_id" = "app_blog"."id") WHERE "app_blog"."name" = 'B' ORDER BY "app_entry"."rating" DESC LIMIT 5 OFFSET 5`,
    ]);
  });

  test('an empty IN list runs no query at all', () => {
    expect(Entry.objects.filter({ pk__in: [] }).list()).toEqual([]);
    expect(sqlLog()).toEqual([]);
  });

  test('count() and exists()', () => {
    Entry.objects.count();
    Entry.objects.filter({ rating: 0 }).exists();
    expect(sqlLog()).toEqual([
      'SELECT COUNT(*) AS "__count" FROM "app_entry"',
      'SELECT 1 AS "a" FROM "app_entry" WHERE "app_entry"."rating" = 0 LIMIT 1',
    ]);
  });

  test('update() and delete()', () => {
    Entry.objects.filter({ rating: 0 }).update({ rating: 2 });
    Blog.objects.all().delete();
    expect(sqlLog()).toEqual([
      `UPDATE "app_entry" SET "rating" = 2 WHERE "app_entry"."rating" = 0`,
      'SELECT "app_blog"."id", "app_blog"."name" FROM "app_blog"',
      // Entry rows have nothing hanging off them: deleted by the foreign key, never selected (as Django does).
      'BEGIN',
      'DELETE FROM "app_entry" WHERE "app_entry"."blog_id" IN (1)',
      'DELETE FROM "app_blog" WHERE "app_blog"."id" IN (1)',
      'COMMIT',
    ]);
  });

  test('string literals are quoted SQLite style', () => {
    Blog.objects.filter({ name: "O'Brien" }).list();
    expect(sqlLog()).toEqual([`SELECT "app_blog"."id", "app_blog"."name" FROM "app_blog" WHERE "app_blog"."name" = 'O''Brien'`]);
  });

  test('multi-table inheritance writes both tables and reads with a join', () => {
    const r = Restaurant.objects.create({ name: 'Bob', serves_pizza: true });
    Restaurant.objects.get({ pk: r.pk });
    expect(sqlLog()).toEqual([
      'BEGIN',
      `INSERT INTO "app_place" ("name") VALUES ('Bob') RETURNING "app_place"."id"`,
      `INSERT INTO "app_restaurant" ("place_ptr_id", "serves_pizza") VALUES (1, 1)`,
      'COMMIT',
      'SELECT "app_place"."id", "app_place"."name", "app_restaurant"."place_ptr_id", "app_restaurant"."serves_pizza" FROM "app_restaurant" INNER JOIN "app_place" ON ("app_restaurant"."place_ptr_id" = "app_place"."id") WHERE "app_restaurant"."place_ptr_id" = 1 LIMIT 21',
    ]);
  });

  test('deleting a multi-table child selects nothing: the parent comes from the child (as Django 6.1)', () => {
    const diner = Restaurant.objects.create({ name: 'Route 9' });
    const bistro = Restaurant.objects.create({ name: 'Chez Lu' });
    reset_queries();
    expect(diner.delete({ keep_parents: true })).toEqual([1, { 'app.Restaurant': 1 }]);
    expect(bistro.delete()).toEqual([2, { 'app.Restaurant': 1, 'app.Place': 1 }]);
    expect(sqlLog()).toEqual([
      'BEGIN',
      'DELETE FROM "app_restaurant" WHERE "app_restaurant"."place_ptr_id" IN (1)',
      'COMMIT',
      'BEGIN',
      'DELETE FROM "app_restaurant" WHERE "app_restaurant"."place_ptr_id" IN (2)',
      'DELETE FROM "app_place" WHERE "app_place"."id" IN (2)',
      'COMMIT',
    ]);
  });

  test('select_related adds a join and avoids the second query', () => {
    const e = Entry.objects.select_related('blog').get({ pk: 1 });
    expect(e.blog.name).toBe('B');
    expect(sqlLog()).toEqual([
      `SELECT "app_entry"."id", "app_entry"."blog_id", "app_entry"."headline", "app_entry"."pub_date", "app_entry"."rating", "app_entry"."active", "app_blog"."id", "app_blog"."name" FROM "app_entry" INNER JOIN "app_blog" ON ("app_entry"."blog_id" = "app_blog"."id") WHERE "app_entry"."id" = 1 LIMIT 21`,
    ]);
  });

  test('each alias has its own log and its own rows', () => {
    Blog.objects.using('other').create({ name: 'Elsewhere' });
    expect(connections.get('other').queries.map((q) => q.sql)).toEqual([
      `INSERT INTO "app_blog" ("name") VALUES ('Elsewhere') RETURNING "app_blog"."id"`,
    ]);
    expect(sqlLog()).toEqual([]);
    expect(Blog.objects.count()).toBe(1);
    expect(Blog.objects.using('other').get({ pk: 1 }).name).toBe('Elsewhere');
    expect(connections['other']!.alias).toBe('other');
  });

  test('query shows the SELECT without running it', () => {
    expect(String(Blog.objects.filter({ name: 'x' }).query)).toBe(
      `SELECT "app_blog"."id", "app_blog"."name" FROM "app_blog" WHERE "app_blog"."name" = 'x'`,
    );
    expect(sqlLog()).toEqual([]);
  });
});

describe('values() and values_list() name their columns (Django 6.1)', () => {
  beforeEach(() => {
    reset_databases();
  });

  test('each selected field is aliased as written, and ordering by one refers to its position', () => {
    Place.objects.values_list('name', { flat: true }).list();
    Place.objects.values('pk', 'name').order_by('-name').list();
    Place.objects.order_by('id').values_list('pk', { flat: true }).list();
    Place.objects.values().list();
    expect(sqlLog()).toEqual([
      'SELECT "app_place"."name" AS "name" FROM "app_place"',
      'SELECT "app_place"."id" AS "pk", "app_place"."name" AS "name" FROM "app_place" ORDER BY 2 DESC',
      'SELECT "app_place"."id" AS "pk" FROM "app_place" ORDER BY "app_place"."id" ASC',
      'SELECT "app_place"."id", "app_place"."name" FROM "app_place"',
    ]);
  });
});

describe('UPDATE with an expression', () => {
  beforeEach(() => {
    reset_databases();
  });

  test('QuerySet.update() sends no RETURNING; an instance save() reads the value back with it', () => {
    const blog = Blog.objects.create({ name: 'b' });
    const entry = Entry.objects.create({ blog, headline: 'x' });
    reset_queries();
    Entry.objects.filter({ pk: entry.pk }).update({ rating: models.F('rating').add(1) });
    entry.rating = models.F('rating').add(1) as never;
    entry.save();
    expect(sqlLog()).toEqual([
      'UPDATE "app_entry" SET "rating" = ("app_entry"."rating" + 1) WHERE "app_entry"."id" = 1',
      'UPDATE "app_entry" SET "blog_id" = 1, "headline" = \'x\', "pub_date" = NULL, "rating" = ("app_entry"."rating" + 1), "active" = 1 WHERE "app_entry"."id" = 1 RETURNING "app_entry"."rating"',
    ]);
    expect(entry.rating).toBe(2);
  });
});
