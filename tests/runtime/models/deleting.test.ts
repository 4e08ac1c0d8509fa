// Checks ../shared/reference/django-facts.md §1.6 and §4 (delete, ProtectedError, RestrictedError).
import { beforeEach, describe, expect, test } from 'vitest';
import { IntegrityError, connection, models, reset_databases } from 'django/db';
import { ValueError, repr } from 'python/builtins';
import { formatException } from 'python/exceptions';
import { raises, raisesAsync, sqlLog } from './helpers';

class R extends models.Model {
  name = models.CharField({ max_length: 10, default: 'r' });
}
class A extends models.Model {
  cascade = models.ForeignKey(R, { on_delete: models.CASCADE, null: true, related_name: 'cascades' });
  protect = models.ForeignKey(R, { on_delete: models.PROTECT, null: true, related_name: 'protects' });
  restrict = models.ForeignKey(R, { on_delete: models.RESTRICT, null: true, related_name: 'restricts' });
  setnull = models.ForeignKey(R, { on_delete: models.SET_NULL, null: true, related_name: 'setnulls' });
  setdefault = models.ForeignKey(R, { on_delete: models.SET_DEFAULT, null: true, default: null, related_name: 'setdefaults' });
  donothing = models.ForeignKey(R, { on_delete: models.DO_NOTHING, null: true, related_name: 'donothings' });
  declare setnull_id: number | null;
}
class B extends models.Model {
  protect = models.ForeignKey(R, { on_delete: models.PROTECT, related_name: 'b_protects' });
}
class Child extends models.Model {
  a = models.ForeignKey(A, { on_delete: models.CASCADE });
}
class Place extends models.Model {
  name = models.CharField({ max_length: 10 });
}
class Restaurant extends Place {
  serves = models.BooleanField({ default: true });
}
class Review extends models.Model {
  place = models.ForeignKey(Place, { on_delete: models.CASCADE });
}
class M extends models.Model {}
class Topping extends models.Model {
  name = models.CharField({ max_length: 10 });
}
class Pizza extends models.Model {
  toppings = models.ManyToManyField(Topping);
}

const log: string[] = [];
models.signals.pre_delete.connect(({ instance, origin }) =>
  log.push(`pre:${(instance as models.Model).constructor.name}:${origin === instance ? 'self' : 'other'}`),
);
models.signals.post_delete.connect(({ instance, origin }) =>
  log.push(`post:${(instance as models.Model).constructor.name}:${origin === instance ? 'self' : 'other'}`),
);

beforeEach(() => {
  reset_databases();
  log.length = 0;
});

describe('delete()', () => {
  test('returns (total, {label: count}) and sets pk to None, keeping other data', () => {
    const r = R.objects.create({ name: 'keep' });
    expect(r.delete()).toEqual([1, { 'app.R': 1 }]);
    expect(repr(R.objects.create().delete())).toBe("(1, {'app.R': 1})");
    expect(repr(R.objects.all().delete())).toBe('(0, {})');
    expect(r.pk).toBeNull();
    expect(r.name).toBe('keep');
    expect(R.objects.count()).toBe(0);
  });

  test('issues a DELETE of the row', () => {
    const r = R.objects.create();
    connection.reset_queries();
    r.delete();
    expect(sqlLog()).toContain(`DELETE FROM "app_r" WHERE "app_r"."id" IN (1)`);
  });

  test('CASCADE deletes dependents, counts them and sets their pk to None', () => {
    const r = R.objects.create();
    const a1 = A.objects.create({ cascade: r });
    A.objects.create({ cascade: r });
    Child.objects.create({ a: a1 });
    const result = r.delete();
    expect(result).toEqual([4, { 'app.Child': 1, 'app.A': 2, 'app.R': 1 }]);
    expect(A.objects.count()).toBe(0);
  });

  test('cascaded instances that were loaded get pk None too', () => {
    const r = R.objects.create();
    A.objects.create({ cascade: r });
    const collected: models.Model[] = [];
    models.signals.post_delete.connect(({ instance }) => void collected.push(instance as models.Model), {
      sender: A,
      dispatch_uid: 'collect',
    });
    r.delete();
    models.signals.post_delete.disconnect(null, { sender: A, dispatch_uid: 'collect' });
    expect(collected.map((a) => a.pk)).toEqual([null]);
  });

  test('SET_NULL and SET_DEFAULT update the dependents; DO_NOTHING leaves them', () => {
    const r = R.objects.create();
    const a = A.objects.create({ setnull: r, setdefault: r });
    r.delete();
    const reloaded = A.objects.get({ pk: a.pk });
    expect(reloaded.setnull_id).toBeNull();
    expect(reloaded.setdefault).toBeNull();
  });

  test('PROTECT raises ProtectedError with the exact message and objects', () => {
    const r = R.objects.create();
    const a = A.objects.create({ protect: r });
    const e = raises(() => r.delete(), models.ProtectedError);
    expect(e.args[0]).toBe(
      "Cannot delete some instances of model 'R' because they are referenced through protected foreign keys: 'A.protect'.",
    );
    expect(e).toBeInstanceOf(IntegrityError);
    expect([...e.protected_objects].map((o) => o.pk)).toEqual([a.pk]);
    // args are (msg, objs), so str(e) is the tuple's repr, as in Python.
    expect(e.message).toBe(
      `("Cannot delete some instances of model 'R' because they are referenced through protected foreign keys: 'A.protect'.", {<A: A object (1)>})`,
    );
    expect(R.objects.count()).toBe(1);
    expect(models.ProtectedError.__module__).toBe('django.db.models.deletion');
    expect(models.RestrictedError.__module__).toBe('django.db.models.deletion');
    expect(formatException(e, { module: true })).toBe(`django.db.models.deletion.ProtectedError: ${e.message}`);
  });

  test('several protected keys are joined by ", "', () => {
    const r = R.objects.create();
    A.objects.create({ protect: r });
    B.objects.create({ protect: r });
    expect(raises(() => r.delete(), models.ProtectedError).args[0]).toBe(
      "Cannot delete some instances of model 'R' because they are referenced through protected foreign keys: 'A.protect', 'B.protect'.",
    );
  });

  test('RESTRICT raises RestrictedError with the exact message', () => {
    const r = R.objects.create();
    A.objects.create({ restrict: r });
    const e = raises(() => r.delete(), models.RestrictedError);
    expect(e.args[0]).toBe(
      "Cannot delete some instances of model 'R' because they are referenced through restricted foreign keys: 'A.restrict'.",
    );
    expect(e).toBeInstanceOf(IntegrityError);
    expect(e.restricted_objects.size).toBe(1);
  });

  test('RESTRICT allows the delete when the object goes away through CASCADE too', () => {
    const r = R.objects.create();
    A.objects.create({ restrict: r, cascade: r });
    expect(r.delete()[0]).toBe(2);
  });

  test('deleting an instance whose pk is not set is a ValueError', () => {
    raises(() => new M().delete(), ValueError, "M object can't be deleted because its id attribute is set to None.");
  });

  test('deleting twice is a ValueError because the pk is None', () => {
    const r = R.objects.create();
    r.delete();
    raises(() => r.delete(), ValueError, "R object can't be deleted because its id attribute is set to None.");
  });

  test('pre_delete and post_delete receive origin', () => {
    const r = R.objects.create();
    A.objects.create({ cascade: r });
    r.delete();
    // A nullable foreign key adds no deletion dependency, so R's rows go first (as on SQLite).
    expect(log).toEqual(['pre:R:self', 'pre:A:other', 'post:R:self', 'post:A:other']);
  });

  test('a non-nullable foreign key makes the dependents go first', () => {
    const r = R.objects.create();
    B.objects.create({ protect: r });
    const a = A.objects.create();
    Child.objects.create({ a });
    log.length = 0;
    a.delete();
    expect(log).toEqual(['pre:Child:other', 'pre:A:self', 'post:Child:other', 'post:A:self']);
  });

  test('a queryset delete passes the queryset as origin', () => {
    R.objects.create();
    let origin: unknown = null;
    models.signals.pre_delete.connect(({ origin: o }) => void (origin = o), { sender: R, dispatch_uid: 'origin' });
    const qs = R.objects.all();
    qs.delete();
    models.signals.pre_delete.disconnect(null, { sender: R, dispatch_uid: 'origin' });
    expect(origin).toBe(qs);
  });

  test('adelete() is the async twin', async () => {
    const r = R.objects.create();
    expect(await r.adelete()).toEqual([1, { 'app.R': 1 }]);
    await raisesAsync(() => r.adelete(), ValueError);
  });

  test('many-to-many join rows are counted', () => {
    const t = Topping.objects.create({ name: 'ham' });
    const p = Pizza.objects.create();
    p.toppings.add(t);
    expect(p.delete()).toEqual([2, { 'app.Pizza_toppings': 1, 'app.Pizza': 1 }]);
  });
});

describe('multi-table inheritance', () => {
  test('deleting a child deletes the parent row too', () => {
    const r = Restaurant.objects.create({ name: 'x' });
    expect(r.delete()).toEqual([2, { 'app.Restaurant': 1, 'app.Place': 1 }]);
    expect(Place.objects.count()).toBe(0);
  });

  test('keep_parents=True deletes only the child row', () => {
    const r = Restaurant.objects.create({ name: 'x' });
    Review.objects.create({ place: Place.objects.get({ pk: r.pk }) });
    expect(r.delete({ keep_parents: true })).toEqual([1, { 'app.Restaurant': 1 }]);
    expect(Place.objects.count()).toBe(1);
    expect(Review.objects.count()).toBe(1);
  });

  test('deleting the parent cascades to the child and its relations', () => {
    const r = Restaurant.objects.create({ name: 'x' });
    const place = Place.objects.get({ pk: r.pk });
    Review.objects.create({ place });
    expect(place.delete()).toEqual([3, { 'app.Restaurant': 1, 'app.Review': 1, 'app.Place': 1 }]);
  });
});
