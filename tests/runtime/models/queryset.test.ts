// QuerySet API: lookups, Q, F, ordering, slicing, values, get rules, repr, async twins.
import { beforeEach, describe, expect, test } from 'vitest';
import { models, reset_databases } from 'django/db';
import { FieldError } from 'django/core/exceptions';
import { IndexError, ValueError, repr, tuple } from 'python/builtins';
import { date } from 'python/datetime';
import { raises } from './helpers';

const { Q, F } = models;

class Author extends models.Model {
  name = models.CharField({ max_length: 30 });
  static override objects = new models.Manager(this);
  override __str__() {
    return this.name;
  }
}
class Blog extends models.Model {
  name = models.CharField({ max_length: 30 });
  override __str__() {
    return this.name;
  }
}
class Entry extends models.Model {
  blog = models.ForeignKey(Blog, { on_delete: models.CASCADE });
  headline = models.CharField({ max_length: 50 });
  pub_date = models.DateField();
  rating = models.IntegerField({ default: 0 });
  comments = models.IntegerField({ default: 0 });
  authors = models.ManyToManyField(Author);
  static Meta = { ordering: ['-pub_date', 'headline'], get_latest_by: 'pub_date' };
  static override objects = new models.Manager(this);
  override __str__() {
    return this.headline;
  }
}

class PublishedManager extends models.Manager<Entry> {
  override get_queryset() {
    return super.get_queryset().filter({ rating__gte: 3 });
  }
  top(): Entry | null {
    return this.get_queryset().order_by('-rating').first();
  }
}
class RatedEntry extends Entry {
  // Like Python's `class Meta(Entry.Meta)`: spreading keeps the static sides compatible.
  static override Meta = { ...Entry.Meta, proxy: true };
  static published = new PublishedManager(this);
}

beforeEach(() => {
  reset_databases();
  const b1 = Blog.objects.create({ name: 'Beatles Blog' });
  const b2 = Blog.objects.create({ name: 'Cheddar Talk' });
  const lennon = Author.objects.create({ name: 'Lennon' });
  const mccartney = Author.objects.create({ name: 'McCartney' });
  const e1 = Entry.objects.create({
    blog: b1,
    headline: 'Lennon speaks',
    pub_date: new date(2005, 3, 1),
    rating: 5,
    comments: 3,
  });
  const e2 = Entry.objects.create({ blog: b1, headline: 'Help!', pub_date: new date(2006, 7, 2), rating: 3, comments: 5 });
  Entry.objects.create({ blog: b2, headline: 'Cheese', pub_date: new date(2005, 11, 20), rating: 1, comments: 0 });
  e1.authors.add(lennon);
  e2.authors.add(lennon, mccartney);
});

const headlines = (qs: Iterable<Entry>) => [...qs].map((e) => e.headline);

describe('filters and lookups', () => {
  test('exact, iexact, contains, icontains', () => {
    expect(headlines(Entry.objects.filter({ headline: 'Help!' }))).toEqual(['Help!']);
    expect(headlines(Entry.objects.filter({ headline__iexact: 'help!' }))).toEqual(['Help!']);
    expect(headlines(Entry.objects.filter({ headline__contains: 'Lennon' }))).toEqual(['Lennon speaks']);
    expect(headlines(Entry.objects.filter({ headline__contains: 'lennon' }))).toEqual([]);
    expect(headlines(Entry.objects.filter({ headline__icontains: 'lennon' }))).toEqual(['Lennon speaks']);
  });

  test('startswith, istartswith, endswith, iendswith', () => {
    expect(headlines(Entry.objects.filter({ headline__startswith: 'Ch' }))).toEqual(['Cheese']);
    expect(headlines(Entry.objects.filter({ headline__istartswith: 'ch' }))).toEqual(['Cheese']);
    expect(headlines(Entry.objects.filter({ headline__endswith: 'speaks' }))).toEqual(['Lennon speaks']);
    expect(headlines(Entry.objects.filter({ headline__iendswith: 'SPEAKS' }))).toEqual(['Lennon speaks']);
  });

  test('gt, gte, lt, lte, in, range', () => {
    expect(headlines(Entry.objects.filter({ rating__gt: 3 }))).toEqual(['Lennon speaks']);
    expect(headlines(Entry.objects.filter({ rating__gte: 3 }))).toEqual(['Help!', 'Lennon speaks']);
    expect(headlines(Entry.objects.filter({ rating__lt: 3 }))).toEqual(['Cheese']);
    expect(headlines(Entry.objects.filter({ rating__lte: 1 }))).toEqual(['Cheese']);
    expect(headlines(Entry.objects.filter({ pk__in: [1, 3] }))).toEqual(['Cheese', 'Lennon speaks']);
    expect(headlines(Entry.objects.filter({ rating__range: [2, 4] }))).toEqual(['Help!']);
  });

  test('isnull and exact None', () => {
    class Opt extends models.Model {
      note = models.CharField({ max_length: 5, null: true });
    }
    Opt.objects.create({ note: null });
    Opt.objects.create({ note: 'x' });
    expect(Opt.objects.filter({ note__isnull: true }).count()).toBe(1);
    expect(Opt.objects.filter({ note: null }).count()).toBe(1);
    expect(Opt.objects.filter({ note__isnull: false }).count()).toBe(1);
  });

  test('year, month and day', () => {
    expect(headlines(Entry.objects.filter({ pub_date__year: 2005 }))).toEqual(['Cheese', 'Lennon speaks']);
    expect(headlines(Entry.objects.filter({ pub_date__month: 7 }))).toEqual(['Help!']);
    expect(headlines(Entry.objects.filter({ pub_date__day: 20 }))).toEqual(['Cheese']);
    expect(headlines(Entry.objects.filter({ pub_date__year__gt: 2005 }))).toEqual(['Help!']);
  });

  test('across a forward relation', () => {
    expect(headlines(Entry.objects.filter({ blog__name__startswith: 'Cheddar' }))).toEqual(['Cheese']);
    expect(headlines(Entry.objects.filter({ blog: Blog.objects.get({ name: 'Cheddar Talk' }) }))).toEqual(['Cheese']);
    expect(headlines(Entry.objects.filter({ blog_id: 2 }))).toEqual(['Cheese']);
  });

  test('across reverse and many-to-many relations', () => {
    expect(Blog.objects.filter({ entry__headline__contains: 'Lennon' }).list().map(String)).toEqual(['Beatles Blog']);
    expect(headlines(Entry.objects.filter({ authors__name: 'McCartney' }))).toEqual(['Help!']);
    expect(Author.objects.filter({ entry__rating: 5 }).list().map(String)).toEqual(['Lennon']);
  });

  test('exclude negates', () => {
    expect(headlines(Entry.objects.exclude({ rating__gte: 3 }))).toEqual(['Cheese']);
  });

  test('Q objects with and/or/not', () => {
    expect(headlines(Entry.objects.filter(new Q({ rating: 1 }).or(new Q({ rating: 5 }))))).toEqual(['Cheese', 'Lennon speaks']);
    expect(headlines(Entry.objects.filter(new Q({ rating__gte: 3 }).and(new Q({ headline__startswith: 'H' }).not())))).toEqual([
      'Lennon speaks',
    ]);
    expect(headlines(Entry.objects.filter(Q.or(new Q({ rating: 1 }), new Q({ rating: 3 }))))).toEqual(['Help!', 'Cheese']);
  });

  test('Q repr', () => {
    expect(repr(new Q({ a: 1 }).or(new Q({ b: 2 })).not())).toBe("<Q: (NOT (OR: ('a', 1), ('b', 2)))>");
  });

  test('F() compares two columns', () => {
    expect(headlines(Entry.objects.filter({ comments__gt: F('rating') }))).toEqual(['Help!']);
    expect(headlines(Entry.objects.filter({ rating: F('comments').add(2) }))).toEqual(['Lennon speaks']);
  });

  test('update() with F()', () => {
    expect(Entry.objects.filter({ rating__gte: 3 }).update({ rating: F('rating').add(1) })).toBe(2);
    expect(Entry.objects.order_by('pk').values_list('rating', { flat: true }).list()).toEqual([6, 4, 1]);
  });
});

describe('ordering, slicing and evaluation', () => {
  test('Meta.ordering applies, order_by overrides, reverse flips', () => {
    expect(headlines(Entry.objects.all())).toEqual(['Help!', 'Cheese', 'Lennon speaks']);
    expect(headlines(Entry.objects.order_by('rating'))).toEqual(['Cheese', 'Help!', 'Lennon speaks']);
    expect(headlines(Entry.objects.order_by('rating').reverse())).toEqual(['Lennon speaks', 'Help!', 'Cheese']);
    expect(headlines(Entry.objects.order_by('blog__name', '-rating'))).toEqual(['Lennon speaks', 'Help!', 'Cheese']);
  });

  test('slice(start, stop) is LIMIT/OFFSET; at(i) is indexing', () => {
    expect(headlines(Entry.objects.order_by('pk').slice(1, 3))).toEqual(['Help!', 'Cheese']);
    expect(Entry.objects.order_by('pk').at(0).headline).toBe('Lennon speaks');
    expect(
      Entry.objects
        .order_by('pk')
        .slice(0, 3, 2)
        .map((e: Entry) => e.headline),
    ).toEqual(['Lennon speaks', 'Cheese']);
  });

  test('negative indexing is a ValueError', () => {
    raises(() => Entry.objects.all().slice(-1), ValueError, 'Negative indexing is not supported.');
    raises(() => Entry.objects.all().at(-1), ValueError, 'Negative indexing is not supported.');
  });

  test('an index past the end is an IndexError', () => {
    raises(() => Entry.objects.all().at(10), IndexError, 'list index out of range');
  });

  test('filtering or reordering a sliced query is a TypeError', () => {
    raises(
      () => Entry.objects.all().slice(0, 1).filter({ rating: 1 }),
      TypeError,
      'Cannot filter a query once a slice has been taken.',
    );
    raises(
      () => Entry.objects.all().slice(0, 1).order_by('rating'),
      TypeError,
      'Cannot reorder a query once a slice has been taken.',
    );
  });

  test('a QuerySet is iterable and lazy; list() evaluates it', () => {
    const qs = Entry.objects.filter({ rating__gt: 0 });
    expect([...qs]).toHaveLength(3);
    expect(qs.list()).toHaveLength(3);
    expect(Array.from(qs)[0]).toBeInstanceOf(Entry);
  });

  test('first, last, earliest, latest', () => {
    expect(Entry.objects.order_by('rating').first()!.headline).toBe('Cheese');
    expect(Entry.objects.order_by('rating').last()!.headline).toBe('Lennon speaks');
    expect(Entry.objects.filter({ rating: 100 }).first()).toBeNull();
    expect(Entry.objects.latest().headline).toBe('Help!');
    expect(Entry.objects.earliest('pub_date').headline).toBe('Lennon speaks');
    raises(
      () => Blog.objects.latest(),
      ValueError,
      "earliest() and latest() require either fields as positional arguments or 'get_latest_by' in the model's Meta.",
    );
  });

  test('exists and count', () => {
    expect(Entry.objects.filter({ rating: 5 }).exists()).toBe(true);
    expect(Entry.objects.filter({ rating: 6 }).exists()).toBe(false);
    expect(Entry.objects.count()).toBe(3);
    expect(Entry.objects.filter({ pk__in: [] }).count()).toBe(0);
  });

  test('distinct, none, values, values_list', () => {
    expect(Blog.objects.filter({ entry__rating__gte: 0 }).distinct().count()).toBe(2);
    expect(Entry.objects.none().list()).toEqual([]);
    expect(Entry.objects.order_by('pk').values('headline', 'blog__name').slice(0, 1).list()).toEqual([
      { headline: 'Lennon speaks', blog__name: 'Beatles Blog' },
    ]);
    expect(Entry.objects.order_by('pk').values_list('pk', 'rating').list()).toEqual([tuple(1, 5), tuple(2, 3), tuple(3, 1)]);
    expect(repr(Entry.objects.order_by('pk').values_list('pk', 'rating').list())).toBe('[(1, 5), (2, 3), (3, 1)]');
    expect(Entry.objects.order_by('pk').values_list('headline', { flat: true }).list()).toEqual([
      'Lennon speaks',
      'Help!',
      'Cheese',
    ]);
    expect(repr(Entry.objects.order_by('pk').values_list('pk', { named: true }).at(0))).toBe('Row(pk=1)');
    raises(
      () => Entry.objects.values_list('pk', 'rating', { flat: true }),
      TypeError,
      "'flat' is not valid when values_list is called with more than one field.",
    );
  });

  test('values() without fields gives every attname', () => {
    expect(Blog.objects.order_by('pk').values().at(0)).toEqual({ id: 1, name: 'Beatles Blog' });
  });

  test('in_bulk maps pks to objects', () => {
    const found = Entry.objects.in_bulk([1, 3]);
    expect([...found.keys()]).toEqual([1, 3]);
    expect(found.get(3)!.headline).toBe('Cheese');
  });

  test('only and defer', () => {
    const e = Entry.objects.defer('headline').get({ pk: 1 });
    expect(e.get_deferred_fields()).toEqual(new Set(['headline']));
    expect(e.headline).toBe('Lennon speaks');
  });
});

describe('get() and friends', () => {
  test('get with several matches and the "more than 20" cap', () => {
    raises(
      () => Entry.objects.get({ rating__gte: 0 }),
      Entry.MultipleObjectsReturned,
      'get() returned more than one Entry -- it returned 3!',
    );
    for (let i = 0; i < 25; i++) Author.objects.create({ name: 'x' });
    raises(
      () => Author.objects.get({ name: 'x' }),
      Author.MultipleObjectsReturned,
      'get() returned more than one Author -- it returned more than 20!',
    );
  });

  test('get_or_create and update_or_create return [obj, created]', () => {
    const [a, created] = Author.objects.get_or_create({ name: 'Lennon' });
    expect([a.pk, created]).toEqual([1, false]);
    const [b, created2] = Author.objects.get_or_create({ name: 'Starr' });
    expect([b.pk, created2]).toEqual([3, true]);
    const [c, created3] = Author.objects.update_or_create({ name: 'Starr', defaults: { name: 'Ringo' } });
    expect([c.name, created3]).toEqual(['Ringo', false]);
    const [d, created4] = Author.objects.update_or_create({ name: 'Harrison', defaults: { name: 'George' } });
    expect([d.name, created4]).toEqual(['George', true]);
  });

  test('repr shows the items and truncates after 20', () => {
    expect(repr(Blog.objects.order_by('pk'))).toBe('<QuerySet [<Blog: Beatles Blog>, <Blog: Cheddar Talk>]>');
    for (let i = 0; i < 25; i++) Author.objects.create({ name: `a${i}` });
    const text = repr(Author.objects.order_by('pk'));
    expect(text.endsWith(", <Author: a17>, '...(remaining elements truncated)...']>")).toBe(true);
  });
});

describe('managers', () => {
  test('a custom manager with get_queryset and its own method', () => {
    expect(RatedEntry.published.count()).toBe(2);
    expect(RatedEntry.published.top()!.headline).toBe('Lennon speaks');
    expect(RatedEntry.published.all().list()[0]).toBeInstanceOf(RatedEntry);
  });

  test('related managers: entry_set, add/create and filtering', () => {
    const blog = Blog.objects.get({ pk: 2 }) as Blog & { entry_set: models.Manager<Entry> };
    expect(blog.entry_set.count()).toBe(1);
    const e = (blog.entry_set as unknown as { create(k: object): Entry }).create({
      headline: 'More cheese',
      pub_date: new date(2007, 1, 1),
    });
    expect(e.blog.pk).toBe(2);
    expect(blog.entry_set.filter({ headline__contains: 'More' }).count()).toBe(1);
  });

  test('many-to-many managers: add, remove, set, clear, all', () => {
    const e = Entry.objects.get({ pk: 3 });
    const [lennon, mccartney] = Author.objects.order_by('pk').list();
    e.authors.add(lennon!, mccartney!);
    expect(e.authors.count()).toBe(2);
    e.authors.remove(lennon!);
    expect(e.authors.all().list().map(String)).toEqual(['McCartney']);
    e.authors.set([lennon!]);
    expect(e.authors.all().list().map(String)).toEqual(['Lennon']);
    e.authors.clear();
    expect(e.authors.count()).toBe(0);
    expect((lennon as Author & { entry_set: models.Manager<Entry> }).entry_set.count()).toBe(2);
  });
});

describe('bulk_create', () => {
  test('inserts without save() or signals and sets the pks', () => {
    const seen: unknown[] = [];
    const handler = () => void seen.push(1);
    models.signals.post_save.connect(handler, { sender: Author });
    const made = Author.objects.bulk_create([new Author({ name: 'x' }), new Author({ name: 'y' })]);
    models.signals.post_save.disconnect(handler, { sender: Author });
    expect(made.map((a) => a.pk)).toEqual([3, 4]);
    expect(made[0]!._state.adding).toBe(false);
    expect(seen).toEqual([]);
    expect(Author.objects.count()).toBe(4);
  });
});

describe('async twins', () => {
  test('an async call runs after the current synchronous code (one step per call)', async () => {
    const { connection } = await import('django/db');
    const before = connection.queries.length;
    const pending = Author.objects.acount();
    expect(connection.queries.length).toBe(before);
    expect(await pending).toBe(2);
    expect(connection.queries.length).toBe(before + 1);
  });

  test('aget, acreate, acount, aexists, afirst and async iteration', async () => {
    expect((await Entry.objects.aget({ pk: 1 })).headline).toBe('Lennon speaks');
    const a = await Author.objects.acreate({ name: 'async' });
    expect(a.pk).toBe(3);
    expect(await Author.objects.acount()).toBe(3);
    expect(await Author.objects.filter({ name: 'async' }).aexists()).toBe(true);
    expect((await Author.objects.order_by('pk').afirst())!.name).toBe('Lennon');
    const names: string[] = [];
    for await (const author of Author.objects.order_by('pk')) names.push(author.name);
    expect(names).toEqual(['Lennon', 'McCartney', 'async']);
    await expect(Entry.objects.aget({ pk: 99 })).rejects.toBeInstanceOf(Entry.DoesNotExist);
  });
});

describe('field errors', () => {
  test('unknown field names list the choices', () => {
    raises(
      () => Entry.objects.filter({ nope: 1 }),
      FieldError,
      "Cannot resolve keyword 'nope' into field. Choices are: authors, blog, blog_id, comments, headline, id, pub_date, rating",
    );
  });
});
