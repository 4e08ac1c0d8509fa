// Django's tests/force_insert_update (tests.py, models.py), ported to the runtime.
import { beforeEach, describe, expect, it } from 'vitest';
import { DatabaseError, IntegrityError, models, transaction } from 'django/db';
import { ObjectNotUpdated } from 'django/core/exceptions';
import { ValueError, repr, tuple } from 'python/builtins';
import { assertNumQueries, freshDatabase, raises } from './helpers';

const Meta = { app_label: 'force_insert_update' };

class Counter extends models.Model {
  name = models.CharField({ max_length: 10 });
  value = models.IntegerField();
  static Meta: models.MetaOptions = Meta;
  static override objects = new models.Manager(this);
}

class InheritedCounter extends Counter {
  tag = models.CharField({ max_length: 10 });
}

class ProxyCounter extends Counter {
  static override Meta: models.MetaOptions = { ...Meta, proxy: true };
}

class SubCounter extends Counter {
  static override objects = new models.Manager(this);
}

class SubSubCounter extends SubCounter {}

class WithCustomPK extends models.Model {
  name = models.IntegerField({ primary_key: true });
  value = models.IntegerField();
  static Meta = Meta;
}

// OtherSubCounter and DiamondSubSubCounter(SubCounter, OtherSubCounter) need multiple inheritance (see the table).

beforeEach(freshDatabase);

describe('ForceTests', () => {
  it('test_force_update', () => {
    const c = Counter.objects.create({ name: 'one', value: 1 });
    c.value = 2;
    c.save();
    c.value = 3;
    c.save({ force_update: true });
    c.value = 4;
    raises(
      () => c.save({ force_insert: true, force_update: true }),
      ValueError,
      'Cannot force both insert and updating in model saving.',
    );
    const c1 = new Counter({ name: 'two', value: 2 });
    raises(
      () => transaction.atomic(() => c1.save({ force_update: true })),
      ValueError,
      'Cannot force an update in save() with no primary key.',
    );
    c1.save({ force_insert: true });
    c.value = 5;
    raises(() => transaction.atomic(() => c.save({ force_insert: true })), IntegrityError);
    const obj = new WithCustomPK({ name: 1, value: 1 });
    for (const exception of [DatabaseError, ObjectNotUpdated, WithCustomPK.NotUpdated]) {
      raises(
        () => transaction.atomic(() => obj.save({ force_update: true })),
        exception,
        'Forced update did not affect any rows.',
      );
    }
  });
});

describe('InheritanceTests', () => {
  it('test_force_update_on_inherited_model', () => {
    const a = new InheritedCounter({ name: 'count', value: 1, tag: 'spam' });
    a.save();
    a.save({ force_update: true });
  });

  it('test_force_update_on_proxy_model', () => {
    const a = new ProxyCounter({ name: 'count', value: 1 });
    a.save();
    a.save({ force_update: true });
  });

  it('test_force_update_on_inherited_model_without_fields', () => {
    const a = new SubCounter({ name: 'count', value: 1 });
    a.save();
    a.value = 2;
    a.save({ force_update: true });
  });
});

describe('ForceInsertInheritanceTests', () => {
  it('test_force_insert_not_bool_or_tuple', () => {
    const msg = 'force_insert must be a bool or tuple.';
    raises(() => transaction.atomic(() => new Counter().save({ force_insert: 1 as any })), TypeError, msg);
    raises(() => transaction.atomic(() => new Counter().save({ force_insert: 'test' as any })), TypeError, msg);
    // Django's third case, force_insert=[] (a list, not a tuple), has no spelling here: the runtime
    // takes a plain array as the tuple (see README), so only the first two are ported.
  });

  it('test_force_insert_not_model', () => {
    raises(
      () => transaction.atomic(() => new Counter().save({ force_insert: tuple(Object) as any })),
      TypeError,
      `Invalid force_insert member. ${repr(Object)} must be a model subclass.`,
    );
    const instance = new Counter();
    raises(
      () => transaction.atomic(() => new Counter().save({ force_insert: tuple(instance) as any })),
      TypeError,
      `Invalid force_insert member. ${repr(instance)} must be a model subclass.`,
    );
  });

  it('test_force_insert_not_base', () => {
    raises(
      () => new Counter().save({ force_insert: tuple(SubCounter) }),
      TypeError,
      'Invalid force_insert member. SubCounter must be a base of Counter.',
    );
  });

  it('test_force_insert_false', () => {
    const obj = assertNumQueries(3, () => SubCounter.objects.create({ pk: 1, value: 0 }));
    assertNumQueries(2, () => new SubCounter({ pk: obj.pk, value: 1 }).save());
    obj.refresh_from_db();
    expect(obj.value).toBe(1);
    assertNumQueries(2, () => new SubCounter({ pk: obj.pk, value: 2 }).save({ force_insert: false }));
    obj.refresh_from_db();
    expect(obj.value).toBe(2);
    assertNumQueries(2, () => new SubCounter({ pk: obj.pk, value: 3 }).save({ force_insert: tuple() }));
    obj.refresh_from_db();
    expect(obj.value).toBe(3);
  });

  it('test_force_insert_false_with_existing_parent', () => {
    const parent = Counter.objects.create({ pk: 1, value: 1 });
    assertNumQueries(2, () => SubCounter.objects.create({ pk: parent.pk, value: 2 }));
  });

  it('test_force_insert_parent', () => {
    assertNumQueries(3, () => new SubCounter({ pk: 1, value: 1 }).save({ force_insert: true }));
    assertNumQueries(2, () => new SubCounter({ pk: 2, value: 1 }).save({ force_insert: tuple(Counter) }));
    assertNumQueries(2, () => new SubCounter({ pk: 3, value: 1 }).save({ force_insert: tuple(models.Model) }));
  });

  it('test_force_insert_with_grandparent', () => {
    assertNumQueries(4, () => new SubSubCounter({ pk: 1, value: 1 }).save({ force_insert: true }));
    assertNumQueries(3, () => new SubSubCounter({ pk: 2, value: 1 }).save({ force_insert: tuple(models.Model) }));
    assertNumQueries(3, () => new SubSubCounter({ pk: 3, value: 1 }).save({ force_insert: tuple(Counter) }));
    assertNumQueries(4, () => new SubSubCounter({ pk: 4, value: 1 }).save({ force_insert: tuple(SubCounter) }));
  });

  it('test_force_insert_with_existing_grandparent', () => {
    let grandparent = Counter.objects.create({ pk: 1, value: 1 });
    assertNumQueries(4, () => new SubSubCounter({ pk: grandparent.pk, value: 1 }).save({ force_insert: true }));
    grandparent = Counter.objects.create({ pk: 2, value: 1 });
    assertNumQueries(3, () => new SubSubCounter({ pk: grandparent.pk, value: 1 }).save({ force_insert: tuple(SubCounter) }));
    grandparent = Counter.objects.create({ pk: 3, value: 1 });
    raises(
      () => transaction.atomic(() => new SubSubCounter({ pk: grandparent.pk, value: 1 }).save({ force_insert: tuple(Counter) })),
      IntegrityError,
    );
  });

  // n/a: test_force_insert_diamond_mti — a model with two concrete parents (class DiamondSubSubCounter(SubCounter, OtherSubCounter)) needs multiple inheritance, which JavaScript classes do not have.
});
