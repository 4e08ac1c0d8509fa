// Mistakes an example can make, each answered the way Django answers it.
import { beforeEach, describe, expect, test } from 'vitest';
import { IntegrityError, models, reset_databases } from 'django/db';
import { FieldDoesNotExist, FieldError, ValidationError } from 'django/core/exceptions';
import { ValueError, str } from 'python/builtins';
import { date } from 'python/datetime';

class Author extends models.Model {
  name = models.CharField({ max_length: 20 });
  code = models.CharField({ max_length: 5, unique: true, null: true });
  override __str__() {
    return this.name;
  }
}
class Blog extends models.Model {
  name = models.CharField({ max_length: 20 });
}
class Entry extends models.Model {
  blog = models.ForeignKey(Blog, { on_delete: models.CASCADE });
  headline = models.CharField({ max_length: 50, default: '' });
  pub_date = models.DateField({ null: true });
  rating = models.IntegerField({ default: 0 });
  authors = models.ManyToManyField(Author);
}

beforeEach(() => reset_databases());

type Case = [string, () => unknown, abstract new (...args: any[]) => unknown, string];

function blog(): Blog {
  return Blog.objects.create({ name: 'b' });
}

const cases: Case[] = [
  [
    'unknown field in filter',
    () => Entry.objects.filter({ nope: 1 }),
    FieldError,
    "Cannot resolve keyword 'nope' into field. Choices are: authors, blog, blog_id, headline, id, pub_date, rating",
  ],
  [
    'unknown lookup',
    () => Entry.objects.filter({ headline__foo: 1 }),
    FieldError,
    "Unsupported lookup 'foo' for CharField or join on the field not permitted.",
  ],
  [
    'misspelt lookup gets suggestions',
    () => Entry.objects.filter({ headline__icontain: 'x' }),
    FieldError,
    "Unsupported lookup 'icontain' for CharField or join on the field not permitted, perhaps you meant icontains or contains?",
  ],
  [
    'a text lookup on a foreign key',
    () => Entry.objects.filter({ blog__icontains: 'x' }),
    FieldError,
    "Unsupported lookup 'icontains' for ForeignKey or join on the field not permitted.",
  ],
  [
    'a transform chain on a foreign key',
    () => Entry.objects.filter({ blog__foo__bar: 'x' }),
    FieldError,
    'Related Field got invalid lookup: foo',
  ],
  [
    'join through a non-relation',
    () => Entry.objects.filter({ headline__name: 'x' }),
    FieldError,
    "Unsupported lookup 'name' for CharField or join on the field not permitted.",
  ],
  [
    'unknown field in order_by',
    () => Entry.objects.order_by('nope'),
    FieldError,
    "Cannot resolve keyword 'nope' into field. Choices are: authors, blog, blog_id, headline, id, pub_date, rating",
  ],
  [
    'unknown field in values',
    () => Blog.objects.values('nope'),
    FieldError,
    "Cannot resolve keyword 'nope' into field. Choices are: entry, id, name",
  ],
  ['unknown field in update', () => Entry.objects.update({ nope: 1 }), FieldDoesNotExist, "Entry has no field named 'nope'"],
  [
    'wrong type for an integer lookup',
    () => Entry.objects.filter({ id: 'abc' }),
    ValueError,
    "Field 'id' expected a number but got 'abc'.",
  ],
  [
    'invalid date in a lookup',
    () => Entry.objects.filter({ pub_date: '2005-13-01' }),
    ValidationError,
    "['“2005-13-01” value has the correct format (YYYY-MM-DD) but it is an invalid date.']",
  ],
  [
    'None with a comparison lookup',
    () => Entry.objects.filter({ rating__gt: null }),
    ValueError,
    'Cannot use None as a query value',
  ],
  ['non-iterable value for __in', () => Entry.objects.filter({ pk__in: 3 }), TypeError, "'int' object is not iterable"],
  ['a non-dict filter argument', () => Entry.objects.filter(1 as never), TypeError, 'cannot unpack non-iterable int object'],
  [
    'unsaved instance in a related filter',
    () => Entry.objects.filter({ blog: new Blog() }),
    ValueError,
    'Model instances passed to related filters must be saved.',
  ],
  [
    'unknown keyword to the constructor',
    () => new Entry({ nope: 1 }),
    TypeError,
    "Entry() got unexpected keyword arguments: 'nope'",
  ],
  [
    'unknown keyword to create()',
    () => Blog.objects.create({ title: 'x' }),
    TypeError,
    "Blog() got unexpected keyword arguments: 'title'",
  ],
  [
    'bad defaults in get_or_create',
    () => Author.objects.get_or_create({ name: 'x', defaults: { nope: 1 } }),
    FieldError,
    "Invalid field name(s) for model Author: 'nope'.",
  ],
  [
    'wrong model assigned to a foreign key',
    () => {
      new Entry().blog = new Author({ name: 'x' }) as never;
    },
    ValueError,
    'Cannot assign "<Author: x>": "Entry.blog" must be a "Blog" instance.',
  ],
  [
    'save with an unsaved related object',
    () => new Entry({ blog: new Blog() }).save(),
    ValueError,
    "save() prohibited to prevent data loss due to unsaved related object 'blog'.",
  ],
  [
    'a missing required foreign key',
    () => Entry.objects.create({ headline: 'x' }),
    IntegrityError,
    'NOT NULL constraint failed: app_entry.blog_id',
  ],
  [
    'a foreign key to a missing row',
    () => Entry.objects.create({ blog_id: 99 }),
    IntegrityError,
    'FOREIGN KEY constraint failed',
  ],
  [
    'a duplicate unique value',
    () => {
      Author.objects.create({ name: 'a', code: 'X' });
      Author.objects.create({ name: 'b', code: 'X' });
    },
    IntegrityError,
    'UNIQUE constraint failed: app_author.code',
  ],
  [
    'a string that is not a number saved into an IntegerField',
    () => Entry.objects.create({ blog: blog(), rating: 'abc' }),
    ValueError,
    "Field 'rating' expected a number but got 'abc'.",
  ],
  ['negative slicing', () => Entry.objects.all().slice(-2), ValueError, 'Negative indexing is not supported.'],
  [
    'delete() on a slice',
    () => Entry.objects.all().slice(0, 1).delete(),
    TypeError,
    "Cannot use 'limit' or 'offset' with delete().",
  ],
  [
    'update() on a slice',
    () => Entry.objects.all().slice(0, 1).update({ rating: 1 }),
    TypeError,
    'Cannot update a query once a slice has been taken.',
  ],
  [
    'a non-string order_by argument',
    () => Entry.objects.order_by(null as never),
    FieldError,
    'Invalid order_by arguments: [None]',
  ],
  [
    'bad select_related field',
    () => Entry.objects.select_related('headline'),
    FieldError,
    "Invalid field name(s) given in select_related: 'headline'. Choices are: blog",
  ],
  [
    'related manager of a deleted instance',
    () => {
      const b = blog();
      b.delete();
      return (b as Blog & { entry_set: models.Manager }).entry_set.all();
    },
    ValueError,
    "'Blog' instance needs to have a primary key value before this relationship can be used.",
  ],
  [
    'refresh of a deleted instance',
    () => {
      const b = blog();
      b.delete();
      b.refresh_from_db();
    },
    Blog.DoesNotExist,
    'Blog matching query does not exist.',
  ],
  [
    'direct assignment to a many-to-many',
    () => {
      new Entry().authors = [] as never;
    },
    TypeError,
    'Direct assignment to the forward side of a many-to-many set is prohibited. Use authors.set() instead.',
  ],
  [
    'direct assignment to a reverse relation',
    () => {
      (new Blog() as Blog & { entry_set: unknown }).entry_set = [];
    },
    TypeError,
    'Direct assignment to the reverse side of a related set is prohibited. Use entry_set.set() instead.',
  ],
  [
    'many-to-many on an unsaved instance',
    () => new Entry().authors,
    ValueError,
    '"<Entry: Entry object (None)>" needs to have a value for field "id" before this many-to-many relationship can be used.',
  ],
  [
    'iterating a manager',
    () => [...(Entry.objects as unknown as Iterable<unknown>)],
    TypeError,
    "'Manager' object is not iterable",
  ],
  [
    'a ForeignKey without on_delete',
    () => models.ForeignKey(Blog, {} as never),
    TypeError,
    "ForeignKey.__init__() missing 1 required positional argument: 'on_delete'",
  ],
  ['get() on an empty table', () => Entry.objects.get({ pk: 1 }), Entry.DoesNotExist, 'Entry matching query does not exist.'],
];

describe('mistakes answered as Django would', () => {
  test.each(cases)('%s', (_name, fn, cls, message) => {
    let caught: unknown;
    try {
      fn();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(cls);
    expect(str(caught)).toBe(message);
  });
});

describe('odd calls never leak a JS internal error', () => {
  const odd: Array<[string, () => unknown]> = [
    ['filter(undefined)', () => Entry.objects.filter(undefined as never).list()],
    ['filter(null)', () => Entry.objects.filter(null as never).list()],
    ['get("x")', () => Entry.objects.get('x' as never)],
    ['create(null)', () => Blog.objects.create(null as never)],
    ['new Entry(null)', () => new Entry(null as never)],
    ['order_by(undefined)', () => Entry.objects.order_by(undefined as never)],
    ['values_list(null)', () => Entry.objects.values_list(null as never)],
    ['in_bulk(5)', () => Entry.objects.in_bulk(5 as never)],
    ['save(null)', () => new Blog().save(null as never)],
    ['delete("x")', () => Blog.objects.create({ name: 'x' }).delete('x' as never)],
    [
      'slice("a")',
      () =>
        Entry.objects
          .all()
          .slice('a' as never)
          .list(),
    ],
    ['date lookup with a date', () => Entry.objects.filter({ pub_date__gt: new date(2000, 1, 1) }).list()],
  ];
  test.each(odd)('%s', (_name, fn) => {
    try {
      fn();
    } catch (error) {
      expect(String((error as Error).message)).not.toMatch(/Cannot read properties|is not a function|undefined is not/);
    }
  });
});
