// Checks ../shared/reference/django-facts.md §1.8–§1.11: __str__, __repr__, __eq__, __hash__, get_absolute_url.
import { beforeEach, describe, expect, test } from 'vitest';
import { models, reset_databases } from 'django/db';
import { hash, repr, str } from 'python/builtins';
import { eq } from 'python/protocols';
import { raises } from './helpers';

class Default extends models.Model {}
class Person extends models.Model {
  first_name = models.CharField({ max_length: 20 });
  last_name = models.CharField({ max_length: 20 });
  override __str__(): string {
    return `${this.first_name} ${this.last_name}`;
  }
}
class MyModel extends models.Model {
  name = models.CharField({ max_length: 10, default: '' });
}
class MyProxyModel extends MyModel {
  static Meta = { proxy: true };
}
class MultitableInherited extends MyModel {}

beforeEach(() => reset_databases());

describe('__str__ and __repr__', () => {
  test('default __str__ is "<ClassName> object (<pk>)"', () => {
    expect(str(new Default())).toBe('Default object (None)');
    expect(str(Default.objects.create())).toBe('Default object (1)');
  });

  test('default __repr__ is "<ClassName: str(self)>"', () => {
    expect(repr(new Default())).toBe('<Default: Default object (None)>');
  });

  test('an overridden __str__ is used by str(), repr() and template literals', () => {
    const p = new Person({ first_name: 'Ada', last_name: 'Lovelace' });
    expect(str(p)).toBe('Ada Lovelace');
    expect(repr(p)).toBe('<Person: Ada Lovelace>');
    expect(`${p}`).toBe('Ada Lovelace');
  });
});

describe('__eq__', () => {
  test('same concrete class and equal pks are equal', () => {
    expect(eq(new MyModel({ id: 1 }), new MyModel({ id: 1 }))).toBe(true);
    expect(eq(new MyModel({ id: 1 }), new MyModel({ id: 2 }))).toBe(false);
  });

  test('an instance whose pk is None equals only itself', () => {
    const a = new MyModel();
    expect(eq(a, a)).toBe(true);
    expect(eq(a, new MyModel())).toBe(false);
  });

  test('a proxy instance equals its concrete model instance', () => {
    expect(eq(new MyModel({ id: 1 }), new MyProxyModel({ id: 1 }))).toBe(true);
  });

  test('an MTI child is a different class', () => {
    expect(eq(new MyModel({ id: 1 }), new MultitableInherited({ id: 1 }))).toBe(false);
  });

  test('non-model operands compare False (NotImplemented)', () => {
    expect(eq(new MyModel({ id: 1 }), 1)).toBe(false);
    expect(eq(new MyModel({ id: 1 }), { id: 1 })).toBe(false);
  });

  test('an object that answers equal to everything (mock.ANY) is honoured', () => {
    const ANY = { __eq__: () => true };
    expect(eq(new MyModel({ id: 1 }), ANY)).toBe(true);
  });

  test('a deferred-loaded instance equals its fully loaded twin', () => {
    MyModel.objects.create({ name: 'n' });
    expect(eq(MyModel.objects.only('id').get({ pk: 1 }), MyModel.objects.get({ pk: 1 }))).toBe(true);
  });
});

describe('__hash__', () => {
  test('is the hash of the pk', () => {
    expect(hash(new MyModel({ id: 5 }))).toBe(hash(5));
  });

  test('without a pk it is a TypeError', () => {
    raises(() => hash(new MyModel()), TypeError, 'Model instances without primary key value are unhashable');
  });
});

describe('get_absolute_url', () => {
  test('is not defined on Model by default', () => {
    expect('get_absolute_url' in new MyModel()).toBe(false);
  });

  test('a model may define it', () => {
    class Page extends models.Model {
      slug = models.SlugField();
      get_absolute_url(): string {
        return `/pages/${this.slug}/`;
      }
    }
    expect(new Page({ slug: 'about' }).get_absolute_url()).toBe('/pages/about/');
  });
});
