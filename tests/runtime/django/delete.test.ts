// Django's tests/delete (tests.py, models.py), ported to the runtime.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connection, models } from 'django/db';
import { ValueError, isinstance, len } from 'python/builtins';
import { assertCountEqual, assertEqual, assertNumQueries, assertSequenceEqual, freshDatabase, raises } from './helpers';

const Meta = { app_label: 'delete' };
const { ProtectedError, RestrictedError, Q, Collector } = models;
const GET_ITERATOR_CHUNK_SIZE = 100;
// SQLite's default SQLITE_LIMIT_VARIABLE_NUMBER, which Django's bulk_batch_size() divides.
const SQLITE_MAX_QUERY_PARAMS = 32766;

class P extends models.Model {
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class R extends models.Model {
  is_default = models.BooleanField({ default: false });
  p: P | null = models.ForeignKey(P, { on_delete: models.CASCADE, null: true });
  static Meta: models.MetaOptions = Meta;
  static override objects = new models.Manager(this);
  declare setnull_set: models.Manager<A>;
  declare donothing_set: models.Manager<A>;
  declare m_set: models.Manager<M>;
}

function get_default_r() {
  return R.objects.get_or_create({ is_default: true })[0].pk;
}

class S extends models.Model {
  r = models.ForeignKey(R, { on_delete: models.CASCADE });
  static Meta = Meta;
  static override objects = new models.Manager(this);
  declare r_id: number;
}

class T extends models.Model {
  s = models.ForeignKey(S, { on_delete: models.CASCADE });
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class U extends models.Model {
  t = models.ForeignKey(T, { on_delete: models.CASCADE });
  static Meta = Meta;
}

class RChild extends R {
  static override objects = new models.Manager(this);
  declare r_ptr: R;
  declare r_ptr_id: number;
}

class RProxy extends R {
  static override Meta: models.MetaOptions = { ...Meta, proxy: true };
  static override objects = new models.Manager(this);
}

class RChildChild extends RChild {
  static override objects = new models.Manager(this);
  declare rchild_ptr: RChild;
  declare rchild_ptr_id: number;
}

class A extends models.Model {
  name = models.CharField({ max_length: 30 });
  auto = models.ForeignKey(R, { on_delete: models.CASCADE, related_name: 'auto_set' });
  auto_nullable = models.ForeignKey(R, { on_delete: models.CASCADE, null: true, related_name: 'auto_nullable_set' });
  setvalue = models.ForeignKey(R, { on_delete: models.SET(get_default_r), related_name: 'setvalue' });
  setnull = models.ForeignKey(R, { on_delete: models.SET_NULL, null: true, related_name: 'setnull_set' });
  setdefault = models.ForeignKey(R, { on_delete: models.SET_DEFAULT, default: get_default_r, related_name: 'setdefault_set' });
  setdefault_none = models.ForeignKey(R, {
    on_delete: models.SET_DEFAULT,
    default: null,
    null: true,
    related_name: 'setnull_nullable_set',
  });
  cascade = models.ForeignKey(R, { on_delete: models.CASCADE, related_name: 'cascade_set' });
  cascade_nullable = models.ForeignKey(R, { on_delete: models.CASCADE, null: true, related_name: 'cascade_nullable_set' });
  protect = models.ForeignKey(R, { on_delete: models.PROTECT, null: true, related_name: 'protect_set' });
  restrict = models.ForeignKey(R, { on_delete: models.RESTRICT, null: true, related_name: 'restrict_set' });
  donothing = models.ForeignKey(R, { on_delete: models.DO_NOTHING, null: true, related_name: 'donothing_set' });
  child = models.ForeignKey(RChild, { on_delete: models.CASCADE, related_name: 'child' });
  child_setnull = models.ForeignKey(RChild, { on_delete: models.SET_NULL, null: true, related_name: 'child_setnull' });
  cascade_p = models.ForeignKey(P, { on_delete: models.CASCADE, related_name: 'cascade_p_set', null: true });
  o2o_setnull = models.ForeignKey(R, { on_delete: models.SET_NULL, null: true, related_name: 'o2o_nullable_set' });
  static Meta = Meta;
  static override objects = new models.Manager(this);
  declare child_id: number;
  declare child_setnull_id: number | null;
  declare restrict_id: number | null;
}

class B extends models.Model {
  protect = models.ForeignKey(R, { on_delete: models.PROTECT });
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

function create_a(name: string): A {
  const a = new A({ name });
  for (const field of [
    'auto',
    'auto_nullable',
    'setvalue',
    'setnull',
    'setdefault',
    'setdefault_none',
    'cascade',
    'cascade_nullable',
    'protect',
    'restrict',
    'donothing',
    'o2o_setnull',
  ]) {
    const r = R.objects.create();
    (a as any)[field] = r;
  }
  a.child = RChild.objects.create();
  a.child_setnull = RChild.objects.create();
  a.save();
  return a;
}

// Django's M also has m2m_through (through="MR") and m2m_through_null (through="MRNull"):
// custom through models are not supported, so MR and MRNull are plain models here.
class M extends models.Model {
  m2m = models.ManyToManyField(R, { related_name: 'm_set' });
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

// Never named in a test: its foreign keys are what deleting an M or an R cascades through
// (exported so that counts as a use).
export class MR extends models.Model {
  m = models.ForeignKey(M, { on_delete: models.CASCADE });
  r = models.ForeignKey(R, { on_delete: models.CASCADE });
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class Avatar extends models.Model {
  desc = models.TextField({ null: true });
  static Meta: models.MetaOptions = Meta;
  static override objects = new models.Manager(this);
}

class AvatarProxy extends Avatar {
  static override Meta: models.MetaOptions = { ...Meta, proxy: true };
}

class User extends models.Model {
  avatar = models.ForeignKey(Avatar, { on_delete: models.CASCADE, null: true });
  static Meta = Meta;
  static override objects = new models.Manager(this);
  declare avatar_id: number | null;
}

class HiddenUser extends models.Model {
  r = models.ForeignKey(R, { on_delete: models.CASCADE, related_name: '+' });
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class HiddenUserProfile extends models.Model {
  user = models.ForeignKey(HiddenUser, { on_delete: models.CASCADE });
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class M2MTo extends models.Model {
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class M2MFrom extends models.Model {
  m2m = models.ManyToManyField(M2MTo);
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class Parent extends models.Model {
  static Meta: models.MetaOptions = Meta;
  static override objects = new models.Manager(this);
}

class Child extends Parent {
  static override objects = new models.Manager(this);
  declare parent_ptr: Parent;
}

class Base extends models.Model {
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class RelToBase extends models.Model {
  base = models.ForeignKey(Base, { on_delete: models.DO_NOTHING, related_name: 'rels' });
  static Meta = Meta;
}

class Origin extends models.Model {
  r_proxy = models.ForeignKey(RProxy, { on_delete: models.CASCADE, null: true });
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class Referrer extends models.Model {
  origin = models.ForeignKey(Origin, { on_delete: models.CASCADE });
  unique_field = models.IntegerField({ unique: true });
  large_field = models.TextField();
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class SecondReferrer extends models.Model {
  referrer = models.ForeignKey(Referrer, { on_delete: models.CASCADE });
  other_referrer = models.ForeignKey(Referrer, { on_delete: models.CASCADE, to_field: 'unique_field', related_name: '+' });
  static Meta = Meta;
}

class DeleteTop extends models.Model {
  // Django's b1/b2 GenericRelation fields are left out: GenericForeignKey is not implemented.
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class B1 extends models.Model {
  delete_top = models.ForeignKey(DeleteTop, { on_delete: models.CASCADE });
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class B2 extends models.Model {
  delete_top = models.ForeignKey(DeleteTop, { on_delete: models.CASCADE });
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class B3 extends models.Model {
  restrict = models.ForeignKey(R, { on_delete: models.RESTRICT });
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

class DeleteBottom extends models.Model {
  b1 = models.ForeignKey(B1, { on_delete: models.RESTRICT });
  b2 = models.ForeignKey(B2, { on_delete: models.CASCADE });
  static Meta = Meta;
  static override objects = new models.Manager(this);
}

void [U, AvatarProxy, RelToBase, SecondReferrer];
const { pre_delete, post_delete } = models.signals;
const receivers: Array<[typeof pre_delete, (kwargs: any) => void, { sender?: unknown } | undefined]> = [];
// Django disconnects at the end of each test body; here also when an assertion failed first.
function connect(signal: typeof pre_delete, fn: (kwargs: any) => void, options?: { sender?: unknown }) {
  signal.connect(fn, options as never);
  receivers.push([signal, fn, options]);
}
afterEach(() => {
  for (const [signal, fn, options] of receivers.splice(0)) signal.disconnect(fn, options as never);
});

/** assertNumQueries(n, fn) with the statements, for tests that read captured_queries. */
function captureQueries<T>(n: number, fn: () => T): string[] {
  const before = connection.queries.length;
  assertNumQueries(n, fn);
  return connection.queries
    .slice(before)
    .map((q) => q.sql)
    .filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)\b/.test(sql));
}

beforeEach(freshDatabase);

describe('OnDeleteTests', () => {
  let DEFAULT: number;
  beforeEach(() => {
    DEFAULT = get_default_r();
  });

  it('test_auto', () => {
    const a = create_a('auto');
    a.auto.delete();
    expect(A.objects.filter({ name: 'auto' }).exists()).toBe(false);
  });

  it('test_non_callable', () => {
    const msg = 'on_delete must be callable.';
    raises(() => models.ForeignKey('self', { on_delete: null as never }), TypeError, msg);
    raises(() => models.OneToOneField('self', { on_delete: null as never }), TypeError, msg);
  });

  it('test_auto_nullable', () => {
    const a = create_a('auto_nullable');
    a.auto_nullable!.delete();
    expect(A.objects.filter({ name: 'auto_nullable' }).exists()).toBe(false);
  });

  it('test_setvalue', () => {
    let a = create_a('setvalue');
    a.setvalue.delete();
    a = A.objects.get({ pk: a.pk });
    expect(a.setvalue.pk).toBe(DEFAULT);
  });

  it('test_setnull', () => {
    let a = create_a('setnull');
    a.setnull!.delete();
    a = A.objects.get({ pk: a.pk });
    expect(a.setnull).toBeNull();
  });

  // bug: the database-level on_delete options of Django 6.1 (DB_CASCADE, DB_SET_NULL, DB_SET_DEFAULT) are not implemented.
  it.fails('test_db_setnull', () => {
    const { SetNullDbModel, RelatedDbOptionParent } = dbOptionModels();
    let a = SetNullDbModel.objects.create({ db_setnull: RelatedDbOptionParent.objects.create() });
    a.db_setnull!.delete();
    a = SetNullDbModel.objects.get({ pk: a.pk });
    expect(a.db_setnull).toBeNull();
  });

  it('test_setdefault', () => {
    let a = create_a('setdefault');
    a.setdefault.delete();
    a = A.objects.get({ pk: a.pk });
    expect(a.setdefault.pk).toBe(DEFAULT);
  });

  it.fails('test_db_setdefault', () => {
    const { SetDefaultDbModel, RelatedDbOptionParent } = dbOptionModels();
    const r = RelatedDbOptionParent.objects.create({ pk: 2 });
    const default_r = RelatedDbOptionParent.objects.create({ pk: 1 });
    let obj = SetDefaultDbModel.objects.create({ db_setdefault: r });
    obj.db_setdefault.delete();
    obj = SetDefaultDbModel.objects.get({ pk: obj.pk });
    assertEqual(obj.db_setdefault, default_r);
  });

  it('test_setdefault_none', () => {
    let a = create_a('setdefault_none');
    a.setdefault_none!.delete();
    a = A.objects.get({ pk: a.pk });
    expect(a.setdefault_none).toBeNull();
  });

  it.fails('test_db_setdefault_none', () => {
    const { SetDefaultDbModel, RelatedDbOptionParent } = dbOptionModels();
    const r = RelatedDbOptionParent.objects.create({ pk: 2 });
    const default_r = RelatedDbOptionParent.objects.create({ pk: 1 });
    let obj = SetDefaultDbModel.objects.create({ db_setdefault_none: r, db_setdefault: default_r });
    obj.db_setdefault_none!.delete();
    obj = SetDefaultDbModel.objects.get({ pk: obj.pk });
    expect(obj.db_setdefault_none).toBeNull();
  });

  it('test_cascade', () => {
    const a = create_a('cascade');
    a.cascade.delete();
    expect(A.objects.filter({ name: 'cascade' }).exists()).toBe(false);
  });

  it('test_cascade_nullable', () => {
    const a = create_a('cascade_nullable');
    a.cascade_nullable!.delete();
    expect(A.objects.filter({ name: 'cascade_nullable' }).exists()).toBe(false);
  });

  it('test_protect', () => {
    const a = create_a('protect');
    const cm = raises(
      () => a.protect!.delete(),
      ProtectedError,
      "Cannot delete some instances of model 'R' because they are referenced through protected foreign keys: 'A.protect'.",
    );
    assertCountEqual(cm.protected_objects, [a]);
  });

  it('test_protect_multiple', () => {
    const a = create_a('protect');
    const b = B.objects.create({ protect: a.protect });
    const cm = raises(
      () => a.protect!.delete(),
      ProtectedError,
      "Cannot delete some instances of model 'R' because they are referenced through protected foreign keys: 'A.protect', 'B.protect'.",
    );
    assertCountEqual(cm.protected_objects, [a, b]);
  });

  it('test_protect_path', () => {
    const a = create_a('protect');
    a.protect!.p = P.objects.create();
    a.protect!.save();
    const cm = raises(
      () => a.protect!.p!.delete(),
      ProtectedError,
      "Cannot delete some instances of model 'P' because they are referenced through protected foreign keys: 'R.p'.",
    );
    assertCountEqual(cm.protected_objects, [a]);
  });

  it('test_do_nothing', () => {
    const replacement_r = R.objects.create();
    const check_do_nothing = ({ instance }: any) => {
      instance.donothing_set.update({ donothing: replacement_r });
    };
    connect(pre_delete, check_do_nothing);
    let a = create_a('do_nothing');
    a.donothing!.delete();
    a = A.objects.get({ pk: a.pk });
    assertEqual(replacement_r, a.donothing);
  });

  it('test_do_nothing_qscount', () => {
    const b = Base.objects.create();
    assertNumQueries(1, () => b.delete());
    expect(Base.objects.count()).toBe(0);
  });

  it('test_inheritance_cascade_up', () => {
    const child = RChild.objects.create();
    child.delete();
    expect(R.objects.filter({ pk: child.pk }).exists()).toBe(false);
  });

  it('test_inheritance_cascade_down', () => {
    const child = RChild.objects.create();
    const parent = child.r_ptr;
    parent.delete();
    expect(RChild.objects.filter({ pk: child.pk }).exists()).toBe(false);
  });

  it('test_cascade_from_child', () => {
    const a = create_a('child');
    a.child.delete();
    expect(A.objects.filter({ name: 'child' }).exists()).toBe(false);
    expect(R.objects.filter({ pk: a.child_id }).exists()).toBe(false);
  });

  it('test_cascade_from_parent', () => {
    const a = create_a('child');
    R.objects.get({ pk: a.child_id }).delete();
    expect(A.objects.filter({ name: 'child' }).exists()).toBe(false);
    expect(RChild.objects.filter({ pk: a.child_id }).exists()).toBe(false);
  });

  it('test_setnull_from_child', () => {
    let a = create_a('child_setnull');
    a.child_setnull!.delete();
    expect(R.objects.filter({ pk: a.child_setnull_id }).exists()).toBe(false);
    a = A.objects.get({ pk: a.pk });
    expect(a.child_setnull).toBeNull();
  });

  it('test_setnull_from_parent', () => {
    let a = create_a('child_setnull');
    R.objects.get({ pk: a.child_setnull_id }).delete();
    expect(RChild.objects.filter({ pk: a.child_setnull_id }).exists()).toBe(false);
    a = A.objects.get({ pk: a.pk });
    expect(a.child_setnull).toBeNull();
  });

  it('test_o2o_setnull', () => {
    let a = create_a('o2o_setnull');
    a.o2o_setnull!.delete();
    a = A.objects.get({ pk: a.pk });
    expect(a.o2o_setnull).toBeNull();
  });

  it('test_restrict', () => {
    const a = create_a('restrict');
    const cm = raises(
      () => a.restrict!.delete(),
      RestrictedError,
      "Cannot delete some instances of model 'R' because they are referenced through restricted foreign keys: 'A.restrict'.",
    );
    assertCountEqual(cm.restricted_objects, [a]);
  });

  it('test_restrict_multiple', () => {
    const a = create_a('restrict');
    const b3 = B3.objects.create({ restrict: a.restrict });
    const cm = raises(
      () => a.restrict!.delete(),
      RestrictedError,
      "Cannot delete some instances of model 'R' because they are referenced through restricted foreign keys: 'A.restrict', 'B3.restrict'.",
    );
    assertCountEqual(cm.restricted_objects, [a, b3]);
  });

  it('test_restrict_path_cascade_indirect', () => {
    const a = create_a('restrict');
    a.restrict!.p = P.objects.create();
    a.restrict!.save();
    const cm = raises(
      () => a.restrict!.p!.delete(),
      RestrictedError,
      "Cannot delete some instances of model 'P' because they are referenced through restricted foreign keys: 'A.restrict'.",
    );
    assertCountEqual(cm.restricted_objects, [a]);
    a.cascade.p = a.restrict!.p;
    a.cascade.save();
    a.restrict!.p!.delete();
    expect(A.objects.filter({ name: 'restrict' }).exists()).toBe(false);
    expect(R.objects.filter({ pk: a.restrict_id }).exists()).toBe(false);
  });

  it('test_restrict_path_cascade_direct', () => {
    const a = create_a('restrict');
    a.restrict!.p = P.objects.create();
    a.restrict!.save();
    a.cascade_p = a.restrict!.p;
    a.save();
    a.restrict!.p!.delete();
    expect(A.objects.filter({ name: 'restrict' }).exists()).toBe(false);
    expect(R.objects.filter({ pk: a.restrict_id }).exists()).toBe(false);
  });

  it('test_restrict_path_cascade_indirect_diamond', () => {
    const delete_top = DeleteTop.objects.create();
    const b1 = B1.objects.create({ delete_top });
    const b2 = B2.objects.create({ delete_top });
    const delete_bottom = DeleteBottom.objects.create({ b1, b2 });
    const cm = raises(
      () => b1.delete(),
      RestrictedError,
      "Cannot delete some instances of model 'B1' because they are referenced through restricted foreign keys: 'DeleteBottom.b1'.",
    );
    assertCountEqual(cm.restricted_objects, [delete_bottom]);
    expect(DeleteTop.objects.exists()).toBe(true);
    expect(B1.objects.exists()).toBe(true);
    expect(B2.objects.exists()).toBe(true);
    expect(DeleteBottom.objects.exists()).toBe(true);
    delete_top.delete();
    expect(DeleteTop.objects.exists()).toBe(false);
    expect(B1.objects.exists()).toBe(false);
    expect(B2.objects.exists()).toBe(false);
    expect(DeleteBottom.objects.exists()).toBe(false);
  });

  // n/a: test_restrict_gfk_no_fast_delete — GenericForeignKey and GenericRelation (contenttypes) are not implemented.
});

// The models with database-level on_delete (Django 6.1); declared inside the tests so that the
// missing DB_CASCADE / DB_SET_NULL / DB_SET_DEFAULT fail the test rather than the module.
function dbOptionModels() {
  const m = models as any;
  class RelatedDbOptionGrandParent extends models.Model {
    static Meta = Meta;
    static override objects = new models.Manager(this);
  }
  class RelatedDbOptionParent extends models.Model {
    p = models.ForeignKey(RelatedDbOptionGrandParent, { on_delete: m.DB_CASCADE, null: true });
    static Meta = Meta;
    static override objects = new models.Manager(this);
  }
  class CascadeDbModel extends models.Model {
    name = models.CharField({ max_length: 30 });
    db_cascade = models.ForeignKey(RelatedDbOptionParent, { on_delete: m.DB_CASCADE, related_name: 'db_cascade_set' });
    static Meta = Meta;
    static override objects = new models.Manager(this);
  }
  class SetNullDbModel extends models.Model {
    db_setnull = models.ForeignKey(RelatedDbOptionParent, {
      on_delete: m.DB_SET_NULL,
      null: true,
      related_name: 'db_setnull_set',
    });
    static Meta = Meta;
    static override objects = new models.Manager(this);
  }
  class SetDefaultDbModel extends models.Model {
    db_setdefault = models.ForeignKey(RelatedDbOptionParent, {
      on_delete: m.DB_SET_DEFAULT,
      db_default: new models.Value(1),
      related_name: 'db_setdefault_set',
    });
    db_setdefault_none = models.ForeignKey(RelatedDbOptionParent, {
      on_delete: m.DB_SET_DEFAULT,
      db_default: null,
      null: true,
      related_name: 'db_setnull_nullable_set',
    });
    static Meta = Meta;
    static override objects = new models.Manager(this);
  }
  return { RelatedDbOptionGrandParent, RelatedDbOptionParent, CascadeDbModel, SetNullDbModel, SetDefaultDbModel };
}

describe('DeletionTests', () => {
  it('test_sliced_queryset', () => {
    raises(() => M.objects.all().slice(0, 5).delete(), TypeError, "Cannot use 'limit' or 'offset' with delete().");
  });

  it('test_pk_none', () => {
    const m = new M();
    raises(() => m.delete(), ValueError, "M object can't be deleted because its id attribute is set to None.");
  });

  // n/a: test_m2m — relies on many-to-many fields with custom through models (through="MR", through="MRNull"), which are not supported.

  // bug: cascade deletes are not batched: Django selects the related T and U rows and deletes T in chunks of 100 (5 queries), the runtime uses 2.
  it.fails('test_bulk', () => {
    const s = S.objects.create({ r: R.objects.create() });
    for (let i = 0; i < 2 * GET_ITERATOR_CHUNK_SIZE; i++) T.objects.create({ s });
    assertNumQueries(5, () => s.delete());
    expect(S.objects.exists()).toBe(false);
  });

  // bug: the database-level on_delete options of Django 6.1 (DB_CASCADE, DB_SET_NULL, DB_SET_DEFAULT) are not implemented.
  it.fails('test_db_cascade', () => {
    const { RelatedDbOptionParent, RelatedDbOptionGrandParent, CascadeDbModel } = dbOptionModels();
    const related_db_op = RelatedDbOptionParent.objects.create({ p: RelatedDbOptionGrandParent.objects.create() });
    CascadeDbModel.objects.bulk_create(
      Array.from({ length: 2 * GET_ITERATOR_CHUNK_SIZE }, () => new CascadeDbModel({ db_cascade: related_db_op })),
    );
    assertNumQueries(1, () => {
      const results = related_db_op.delete();
      expect(results).toEqual([1, { 'delete.RelatedDbOptionParent': 1 }]);
    });
    expect(CascadeDbModel.objects.exists()).toBe(false);
    expect(RelatedDbOptionParent.objects.exists()).toBe(false);
  });

  it('test_instance_update', () => {
    const deleted: models.Model[] = [];
    const related_setnull_sets: unknown[][] = [];
    const on_pre_delete = ({ instance }: any) => {
      deleted.push(instance);
      if (isinstance(instance, R))
        related_setnull_sets.push(
          instance.setnull_set
            .all()
            .list()
            .map((a: A) => a.pk),
        );
    };
    connect(pre_delete, on_pre_delete);
    let a = create_a('update_setnull');
    a.setnull!.delete();
    a = create_a('update_cascade');
    a.cascade.delete();
    for (const obj of deleted) expect(obj.pk).toBeNull();
    for (const pk_list of related_setnull_sets) {
      for (const x of A.objects.filter({ id__in: pk_list })) expect(x.setnull).toBeNull();
    }
  });

  // bug: the delete signals come in another order than Django's (the runtime sends RChild's first, Django starts with the T rows).
  it.fails('test_deletion_order', () => {
    const pre_delete_order: Array<[unknown, unknown]> = [];
    const post_delete_order: Array<[unknown, unknown]> = [];
    // As in Django, the names are crossed: post_delete fills pre_delete_order.
    const log_post_delete = ({ sender, instance }: any) => void pre_delete_order.push([sender, instance.pk]);
    const log_pre_delete = ({ sender, instance }: any) => void post_delete_order.push([sender, instance.pk]);
    connect(post_delete, log_post_delete);
    connect(pre_delete, log_pre_delete);
    const r = R.objects.create();
    const s1 = S.objects.create({ r });
    const s2 = S.objects.create({ r });
    const t1 = T.objects.create({ s: s1 });
    const t2 = T.objects.create({ s: s2 });
    const rchild = RChild.objects.create({ r_ptr: r });
    const r_pk = r.pk;
    r.delete();
    expect(pre_delete_order).toEqual([
      [T, t2.pk],
      [T, t1.pk],
      [RChild, rchild.pk],
      [S, s2.pk],
      [S, s1.pk],
      [R, r_pk],
    ]);
    expect(post_delete_order).toEqual([
      [T, t1.pk],
      [T, t2.pk],
      [RChild, rchild.pk],
      [S, s1.pk],
      [S, s2.pk],
      [R, r_pk],
    ]);
  });

  it('test_relational_post_delete_signals_happen_before_parent_object', () => {
    const deletions: unknown[] = [];
    const log_post_delete = ({ instance }: any) => {
      expect(R.objects.filter({ pk: instance.r_id }).exists()).toBe(true);
      expect(instance.constructor).toBe(S);
      deletions.push(instance.id);
    };
    const r = R.objects.create();
    const s = S.objects.create({ r });
    const s_id = s.pk;
    connect(post_delete, log_post_delete, { sender: S });
    r.delete();
    expect(deletions.length).toBe(1);
    expect(deletions[0]).toBe(s_id);
  });

  it('test_can_defer_constraint_checks', () => {
    const u = User.objects.create({ avatar: Avatar.objects.create() });
    const a = Avatar.objects.get({ pk: u.avatar_id });
    const calls: string[] = [];
    const noop = () => void calls.push('');
    connect(post_delete, noop, { sender: User });
    assertNumQueries(3, () => a.delete());
    expect(User.objects.exists()).toBe(false);
    expect(Avatar.objects.exists()).toBe(false);
    expect(calls.length).toBe(1);
  });

  // n/a: test_cannot_defer_constraint_checks — Django skips it on SQLite, which can defer constraint checks.

  it('test_hidden_related', () => {
    const r = R.objects.create();
    const h = HiddenUser.objects.create({ r });
    HiddenUserProfile.objects.create({ user: h });
    r.delete();
    expect(HiddenUserProfile.objects.count()).toBe(0);
  });

  it('test_large_delete', () => {
    const TEST_SIZE = 2000;
    const objs = Array.from({ length: TEST_SIZE }, () => new Avatar());
    Avatar.objects.bulk_create(objs);
    const batch_size = SQLITE_MAX_QUERY_PARAMS;
    const batches = Math.ceil(objs.length / batch_size);
    const fetches_to_mem = 1 + batches;
    const queries = fetches_to_mem + Math.floor(TEST_SIZE / GET_ITERATOR_CHUNK_SIZE);
    assertNumQueries(queries, () => Avatar.objects.all().delete());
    expect(Avatar.objects.exists()).toBe(false);
  });

  // bug: cascade deletes are not batched by GET_ITERATOR_CHUNK_SIZE (100), so the query count differs from Django's.
  it.fails('test_large_delete_related', () => {
    const TEST_SIZE = 2000;
    const s = S.objects.create({ r: R.objects.create() });
    for (let i = 0; i < TEST_SIZE; i++) T.objects.create({ s });
    const batch_size = Math.max(SQLITE_MAX_QUERY_PARAMS, 1);
    let expected_num_queries = Math.ceil(TEST_SIZE / batch_size);
    expected_num_queries += Math.ceil(TEST_SIZE / GET_ITERATOR_CHUNK_SIZE) + 2;
    assertNumQueries(expected_num_queries, () => s.delete());
    expect(S.objects.exists()).toBe(false);
    expect(T.objects.exists()).toBe(false);
  });

  it('test_delete_with_keeping_parents', () => {
    const child = RChild.objects.create();
    const parent_id = child.r_ptr_id;
    child.delete({ keep_parents: true });
    expect(RChild.objects.filter({ id: child.id }).exists()).toBe(false);
    expect(R.objects.filter({ id: parent_id }).exists()).toBe(true);
  });

  it('test_delete_with_keeping_parents_relationships', () => {
    const child = RChild.objects.create();
    let parent_id = child.r_ptr_id;
    let parent_referent_id = S.objects.create({ r: child.r_ptr }).pk;
    child.delete({ keep_parents: true });
    expect(RChild.objects.filter({ id: child.id }).exists()).toBe(false);
    expect(R.objects.filter({ id: parent_id }).exists()).toBe(true);
    expect(S.objects.filter({ pk: parent_referent_id }).exists()).toBe(true);

    const childchild = RChildChild.objects.create();
    parent_id = childchild.rchild_ptr.r_ptr_id;
    const child_id = childchild.rchild_ptr_id;
    parent_referent_id = S.objects.create({ r: childchild.rchild_ptr.r_ptr }).pk;
    childchild.delete({ keep_parents: true });
    expect(RChildChild.objects.filter({ id: childchild.id }).exists()).toBe(false);
    expect(RChild.objects.filter({ id: child_id }).exists()).toBe(true);
    expect(R.objects.filter({ id: parent_id }).exists()).toBe(true);
    expect(S.objects.filter({ pk: parent_referent_id }).exists()).toBe(true);
  });

  it('test_queryset_delete_returns_num_rows', () => {
    Avatar.objects.bulk_create([new Avatar({ desc: 'a' }), new Avatar({ desc: 'b' }), new Avatar({ desc: 'c' })]);
    const avatars_count = Avatar.objects.count();
    const [deleted] = Avatar.objects.all().delete();
    expect(deleted).toBe(avatars_count);

    const r = R.objects.create();
    const h1 = HiddenUser.objects.create({ r });
    HiddenUser.objects.create({ r });
    HiddenUserProfile.objects.create({ user: h1 });
    const existed_objs: Record<string, number> = {
      [R._meta.label]: R.objects.count(),
      [HiddenUser._meta.label]: HiddenUser.objects.count(),
      [HiddenUserProfile._meta.label]: HiddenUserProfile.objects.count(),
    };
    const [, deleted_objs] = R.objects.all().delete();
    expect(Object.keys(deleted_objs).sort()).toEqual(Object.keys(existed_objs).sort());
    for (const [k, v] of Object.entries(existed_objs)) expect(deleted_objs[k]).toBe(v);
  });

  // n/a: test_model_delete_returns_num_rows — counts the rows of the auto-created through model with M.m2m.through.objects; the through model is a stand-in without a manager here.

  it('test_proxied_model_duplicate_queries', () => {
    const avatar = Avatar.objects.create();
    assertNumQueries(2, () => avatar.delete());
  });

  // bug: the cascade SELECT always fetches every column; Django selects only the referenced fields when no delete signal is connected.
  it.fails('test_only_referenced_fields_selected', () => {
    let origin = Origin.objects.create();
    const expected_sql = String(Referrer.objects.only('id', 'unique_field').filter({ origin__in: [origin] }).query);
    let captured = captureQueries(2, () => origin.delete());
    expect(captured[0]).toBe(expected_sql);
    const receiver = () => {};
    for (const signal of [pre_delete, post_delete]) {
      origin = Origin.objects.create();
      signal.connect(receiver, { sender: Referrer });
      captured = captureQueries(2, () => origin.delete());
      expect(captured[0]).toContain('"large_field"');
      signal.disconnect(receiver, { sender: Referrer });
    }
  });

  it('test_keep_parents_does_not_delete_proxy_related', () => {
    const r_child = RChild.objects.create();
    const r_proxy = RProxy.objects.get({ pk: r_child.pk });
    Origin.objects.create({ r_proxy });
    expect(Origin.objects.count()).toBe(1);
    r_child.delete({ keep_parents: true });
    expect(Origin.objects.count()).toBe(1);
  });
});

describe('FastDeleteTests', () => {
  it('test_fast_delete_all', () => {
    const [sql] = captureQueries(1, () => User.objects.all().delete());
    expect(sql).not.toContain('SELECT');
  });

  it('test_fast_delete_fk', () => {
    const u = User.objects.create({ avatar: Avatar.objects.create() });
    const a = Avatar.objects.get({ pk: u.avatar_id });
    assertNumQueries(2, () => a.delete());
    expect(User.objects.exists()).toBe(false);
    expect(Avatar.objects.exists()).toBe(false);
  });

  it('test_fast_delete_m2m', () => {
    const t = M2MTo.objects.create();
    const f = M2MFrom.objects.create();
    f.m2m.add(t);
    assertNumQueries(2, () => f.delete());
  });

  it('test_fast_delete_revm2m', () => {
    const t = M2MTo.objects.create();
    const f = M2MFrom.objects.create();
    f.m2m.add(t);
    assertNumQueries(2, () => f.delete());
  });

  it('test_fast_delete_qs', () => {
    const u1 = User.objects.create();
    const u2 = User.objects.create();
    assertNumQueries(1, () => User.objects.filter({ pk: u1.pk }).delete());
    expect(User.objects.count()).toBe(1);
    expect(User.objects.filter({ pk: u2.pk }).exists()).toBe(true);
  });

  it('test_fast_delete_instance_set_pk_none', () => {
    const u = User.objects.create();
    const collector = new Collector('default');
    expect(collector.can_fast_delete(u)).toBe(true);
    u.delete();
    expect(u.pk).toBeNull();
  });

  // bug: a fast delete whose filter joins another table SELECTs the rows first instead of one DELETE with a subquery.
  it.fails('test_fast_delete_joined_qs', () => {
    const a = Avatar.objects.create({ desc: 'a' });
    User.objects.create({ avatar: a });
    const u2 = User.objects.create();
    assertNumQueries(1, () => User.objects.filter({ avatar__desc: 'a' }).delete());
    expect(User.objects.count()).toBe(1);
    expect(User.objects.filter({ pk: u2.pk }).exists()).toBe(true);
  });

  it('test_fast_delete_inheritance', () => {
    let c = Child.objects.create();
    let p = Parent.objects.create();
    assertNumQueries(2, () => c.delete());
    expect(Child.objects.exists()).toBe(false);
    expect(Parent.objects.count()).toBe(1);
    expect(Parent.objects.filter({ pk: p.pk }).count()).toBe(1);
    assertNumQueries(2, () => p.delete());
    expect(Parent.objects.exists()).toBe(false);
    c = Child.objects.create();
    p = c.parent_ptr;
    assertNumQueries(2, () => p.delete());
    expect(Parent.objects.exists()).toBe(false);
    expect(Child.objects.exists()).toBe(false);
  });

  it('test_fast_delete_large_batch', () => {
    User.objects.bulk_create(Array.from({ length: 2000 }, () => new User()));
    assertNumQueries(1, () => User.objects.all().delete());
    const a = Avatar.objects.create({ desc: 'a' });
    User.objects.bulk_create(Array.from({ length: 2000 }, () => new User({ avatar: a })));
    assertNumQueries(2, () => a.delete());
    expect(User.objects.count()).toBe(0);
  });

  it('test_fast_delete_empty_no_update_can_self_select', () => {
    assertNumQueries(1, () => expect(User.objects.filter({ avatar__desc: 'missing' }).delete()).toEqual([0, {}]));
  });

  // bug: the fast DELETE of the referencing SecondReferrer rows (one statement over both foreign keys) is not issued.
  it.fails('test_fast_delete_combined_relationships', () => {
    const origin = Origin.objects.create();
    const referer = Referrer.objects.create({ origin, unique_field: 42 });
    assertNumQueries(2, () => referer.delete());
  });

  // bug: annotate() and aggregates such as Count() are not implemented.
  it.fails('test_fast_delete_aggregation', () => {
    Base.objects.create();
    assertNumQueries(1, () => {
      const qs = (Base.objects as any).annotate({ rels_count: (models as any).Count('rels') });
      expect(qs.filter({ rels_count: 0 }).delete()).toEqual([1, { 'delete.Base': 1 }]);
    });
    expect(Base.objects.exists()).toBe(false);
  });

  it('test_fast_delete_empty_result_set', () => {
    const user = User.objects.create();
    assertNumQueries(0, () => expect(User.objects.filter({ pk__in: [] }).delete()).toEqual([0, {}]));
    assertSequenceEqual(User.objects.all(), [user]);
  });

  // bug: a delete whose filter matches everything (~Q(pk__in=[]) | ...) SELECTs first instead of one DELETE without WHERE.
  it.fails('test_fast_delete_full_match', () => {
    const avatar = Avatar.objects.create({ desc: 'bar' });
    User.objects.create({ avatar });
    assertNumQueries(1, () => User.objects.filter(new Q({ pk__in: [] }).not().or(new Q({ avatar__desc: 'foo' }))).delete());
    expect(User.objects.exists()).toBe(false);
  });
});

void len;
