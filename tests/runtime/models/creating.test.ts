// Checks ../shared/reference/django-facts.md §1.1 and §4 (__init__): constructing model instances.
import { beforeEach, describe, expect, test } from 'vitest';
import { models, reset_databases } from 'django/db';
import { IndexError } from 'python/builtins';
import { raises, sqlLog } from './helpers';

class Parent extends models.Model {
  name = models.CharField({ max_length: 20 });
}

class Kid extends models.Model {
  name = models.CharField({ max_length: 20, default: 'anon' });
  age = models.IntegerField({ default: () => 7 });
  parent = models.ForeignKey(Parent, { on_delete: models.CASCADE, null: true });
  get label(): string {
    return `${this.name}/${this.age}`;
  }
  set label(value: string) {
    const [name, age] = value.split('/');
    this.name = name!;
    this.age = Number(age);
  }
}

class AbstractThing extends models.Model {
  title = models.CharField({ max_length: 10 });
  static Meta = { abstract: true };
}

const initEvents: string[] = [];
models.signals.pre_init.connect(({ kwargs }) => initEvents.push(`pre:${JSON.stringify(kwargs)}`), { sender: Parent });
models.signals.post_init.connect(({ instance }) => initEvents.push(`post:${(instance as Parent).name}`), { sender: Parent });

beforeEach(() => {
  reset_databases();
  initEvents.length = 0;
});

describe('keyword construction', () => {
  test('keyword names are field names and values land on the instance', () => {
    const p = new Parent({ name: 'Ann' });
    expect(p.name).toBe('Ann');
  });

  test('instantiating never touches the database', () => {
    new Parent({ name: 'Ann' });
    expect(sqlLog()).toEqual([]);
    expect(Parent.objects.count()).toBe(0);
  });

  test('an omitted field gets its default, callable defaults are called', () => {
    const k = new Kid();
    expect(k.name).toBe('anon');
    expect(k.age).toBe(7);
    expect(k.parent).toBeNull();
  });

  test('a field without default gets the empty value of its type', () => {
    expect(new Parent().name).toBe('');
    expect(new Parent().id).toBeNull();
  });

  test('a related field accepts the object', () => {
    const p = Parent.objects.create({ name: 'P' });
    const k = new Kid({ parent: p });
    expect(k.parent).toBe(p);
    expect((k as unknown as { parent_id: number }).parent_id).toBe(p.pk);
  });

  test('a related field accepts the raw id as attname', () => {
    const p = Parent.objects.create({ name: 'P' });
    const k = new Kid({ parent_id: p.pk });
    expect(k.parent!.name).toBe('P');
  });

  test('properties may be set by keyword', () => {
    const k = new Kid({ label: 'bob/12' });
    expect(k.name).toBe('bob');
    expect(k.age).toBe(12);
  });

  test('an unknown keyword is a TypeError naming it', () => {
    raises(() => new Kid({ foo: 1 }), TypeError, "Kid() got unexpected keyword arguments: 'foo'");
  });

  test('several unknown keywords are repr-quoted and comma-joined in order', () => {
    raises(() => new Kid({ foo: 1, name: 'x', bar: 2 }), TypeError, "Kid() got unexpected keyword arguments: 'foo', 'bar'");
  });

  test('pre_init and post_init fire with the kwargs and the instance', () => {
    new Parent({ name: 'Zed' });
    expect(initEvents).toEqual(['pre:{"name":"Zed"}', 'post:Zed']);
  });

  test('signals filtered by sender do not fire for other models', () => {
    new Kid();
    expect(initEvents).toEqual([]);
  });
});

describe('positional construction (Python Model(*values))', () => {
  test('values in concrete-field order', () => {
    const k = Kid.fromValues([5, 'pos', 3, null]);
    expect([k.id, k.name, k.age, k.parent]).toEqual([5, 'pos', 3, null]);
  });

  test('an array as first constructor argument is the same', () => {
    const k = new Kid([5, 'pos']);
    expect(k.name).toBe('pos');
    expect(k.age).toBe(7);
  });

  test('more positional values than concrete fields is an IndexError', () => {
    raises(() => Kid.fromValues([1, 'a', 2, null, 'extra']), IndexError, 'Number of args exceeds number of fields');
  });

  test('the same field positionally and by keyword is a TypeError', () => {
    raises(
      () => new Kid([1, 'a'], { name: 'b' }),
      TypeError,
      "Kid() got both positional and keyword arguments for field 'name'.",
    );
  });

  test('DEFERRED leaves the attribute unset, so the field is deferred', () => {
    const k = Kid.fromValues([1, models.DEFERRED, 3, null]);
    expect(k.get_deferred_fields()).toEqual(new Set(['name']));
  });
});

describe('abstract models', () => {
  test('instantiating an abstract model is a TypeError', () => {
    raises(() => new (AbstractThing as unknown as new () => object)(), TypeError, 'Abstract models cannot be instantiated.');
  });
});

describe('the docs alternatives to overriding __init__', () => {
  class Book extends models.Model {
    title = models.CharField({ max_length: 100 });
    static create(title: string): Book {
      return new Book({ title });
    }
  }
  class BookManager extends models.Manager<Book2> {
    create_book(title: string): Book2 {
      return this.create({ title });
    }
  }
  class Book2 extends models.Model {
    title = models.CharField({ max_length: 100 });
    static override objects = new BookManager(this);
  }

  test('a classmethod factory instantiates without saving', () => {
    const b = Book.create('Pride');
    expect(b.title).toBe('Pride');
    expect(b._state.adding).toBe(true);
    expect(Book.objects.count()).toBe(0);
  });

  test('a custom manager method creates and saves', () => {
    const b = Book2.objects.create_book('Emma');
    expect(b.pk).toBe(1);
    expect(Book2.objects.get({ pk: 1 }).title).toBe('Emma');
  });
});
