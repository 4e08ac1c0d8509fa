// Django's tests/proxy_models (tests.py, models.py), ported to the runtime.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DB_ALIAS, models, transaction } from 'django/db';
import { len, repr } from 'python/builtins';
import { assertEqual, assertNotEqual, assertNumQueries, assertSequenceEqual, freshDatabase, raises } from './helpers';

const Meta = { app_label: 'proxy_models' };
const signals = models.signals;

// A couple of managers for testing managing overriding in proxy model cases.
class PersonManager extends models.Manager<any> {
  override get_queryset() {
    return super.get_queryset().exclude({ name: 'fred' });
  }
}

class SubManager extends models.Manager<any> {
  override get_queryset() {
    return super.get_queryset().exclude({ name: 'wilma' });
  }
}

/** A simple concrete base class. */
class Person extends models.Model {
  name = models.CharField({ max_length: 50 });
  static Meta: models.MetaOptions = Meta;
  static override objects = new PersonManager(this);

  override __str__() {
    return this.name;
  }
}

/** A simple abstract base class, to be used for error checking. */
class Abstract extends models.Model {
  data = models.CharField({ max_length: 10 });
  static Meta: models.MetaOptions = { ...Meta, abstract: true };
}

/** A proxy subclass, this should not get a new table. Overrides the default manager. */
class MyPerson extends Person {
  // Django's Meta also has permissions = (("display_users", ...),): contrib.auth is not modelled.
  static override Meta: models.MetaOptions = { ...Meta, proxy: true, ordering: ['name'] };
  static override objects = new SubManager(this);
  static other = new PersonManager(this);

  has_special_name() {
    return this.name.toLowerCase() === 'special';
  }
}

// ManagerMixin and OtherPerson(Person, ManagerMixin) need multiple inheritance: left out.

/** A non-proxy subclass of a proxy, it should get a new table. */
class StatusPerson extends MyPerson {
  status = models.CharField({ max_length: 80 });
  static override objects = new models.Manager(this);
}

// We can even have proxies of proxies (and subclass of those).
class MyPersonProxy extends MyPerson {
  static override Meta: models.MetaOptions = { ...Meta, proxy: true };
}

class LowerStatusPerson extends MyPersonProxy {
  status = models.CharField({ max_length: 80 });
  static override objects = new models.Manager(this);
}

class User extends models.Model {
  name = models.CharField({ max_length: 100 });
  static Meta: models.MetaOptions = Meta;

  override __str__() {
    return this.name;
  }
}

class UserProxy extends User {
  static override Meta: models.MetaOptions = { ...Meta, proxy: true };
}

class AnotherUserProxy extends User {
  static override Meta: models.MetaOptions = { ...Meta, proxy: true };
}

class UserProxyProxy extends UserProxy {
  static override Meta: models.MetaOptions = { ...Meta, proxy: true };
}

// MultiUserProxy(UserProxy, AnotherUserProxy) needs multiple inheritance: left out.
void AnotherUserProxy;

// We can still use `select_related()` to include related models in our querysets.
class Country extends models.Model {
  name = models.CharField({ max_length: 50 });
  static Meta = Meta;
}

class State extends models.Model {
  name = models.CharField({ max_length: 50 });
  country = models.ForeignKey(Country, { on_delete: models.CASCADE });
  static Meta: models.MetaOptions = Meta;

  override __str__() {
    return this.name;
  }
}

class StateProxy extends State {
  static override Meta: models.MetaOptions = { ...Meta, proxy: true };
}

// Proxy models still works with filters (on related fields) and select_related, even when mixed
// with model inheritance.
class BaseUser extends models.Model {
  name = models.CharField({ max_length: 255 });
  static Meta: models.MetaOptions = Meta;

  override __str__() {
    return [this.constructor.name, this.name].join(':');
  }
}

class TrackerUser extends BaseUser {
  status = models.CharField({ max_length: 50 });
  declare issues: models.Manager<Issue>;
}

class ProxyTrackerUser extends TrackerUser {
  static override Meta: models.MetaOptions = { ...Meta, proxy: true };
}

class Issue extends models.Model {
  summary = models.CharField({ max_length: 255 });
  assignee = models.ForeignKey(ProxyTrackerUser, { on_delete: models.CASCADE, related_name: 'issues' });
  static Meta: models.MetaOptions = Meta;

  override __str__() {
    return [this.constructor.name, this.summary].join(':');
  }
}

class Bug extends Issue {
  version = models.CharField({ max_length: 50 });
  reporter = models.ForeignKey(BaseUser, { on_delete: models.CASCADE });
}

/** Proxy of an inherited class */
class ProxyBug extends Bug {
  static override Meta: models.MetaOptions = { ...Meta, proxy: true };
}

/** A proxy of proxy model with related field */
class ProxyProxyBug extends ProxyBug {
  static override Meta: models.MetaOptions = { ...Meta, proxy: true };
}

/** A model that has relation to a proxy model or to a proxy of proxy model */
class Improvement extends Issue {
  version = models.CharField({ max_length: 50 });
  reporter = models.ForeignKey(ProxyTrackerUser, { on_delete: models.CASCADE });
  associated_bug = models.ForeignKey(ProxyProxyBug, { on_delete: models.CASCADE });
}

class ProxyImprovement extends Improvement {
  static override Meta: models.MetaOptions = { ...Meta, proxy: true };
}

// Models without a manager in Django declare none here either: Model's own `objects` then gives
// each child its own default manager (a typed `static objects` would be read by the children).
beforeEach(freshDatabase);

describe('ProxyModelTests', () => {
  it('test_same_manager_queries', () => {
    // The MyPerson model should be generating the same database queries as the Person model
    // (when the same manager is used in each case).
    const my_person_sql = MyPerson.other.all().query.get_compiler(DEFAULT_DB_ALIAS).as_sql();
    const person_sql = Person.objects.order_by('name').query.get_compiler(DEFAULT_DB_ALIAS).as_sql();
    assertEqual(my_person_sql, person_sql);
  });

  it('test_inheritance_new_table', () => {
    // The StatusPerson models should have its own table (it's using ORM-level inheritance).
    const sp_sql = StatusPerson.objects.all().query.get_compiler(DEFAULT_DB_ALIAS).as_sql();
    const p_sql = Person.objects.all().query.get_compiler(DEFAULT_DB_ALIAS).as_sql();
    assertNotEqual(sp_sql, p_sql);
  });

  it('test_basic_proxy', () => {
    // Creating a Person makes them accessible through the MyPerson proxy.
    const person = Person.objects.create({ name: 'Foo McBar' });
    assertEqual(len(Person.objects.all()), 1);
    assertEqual(len(MyPerson.objects.all()), 1);
    assertEqual(MyPerson.objects.get({ name: 'Foo McBar' }).id, person.id);
    expect(MyPerson.objects.get({ id: person.id }).has_special_name()).toBe(false);
  });

  it('test_no_proxy', () => {
    // Person is not proxied by StatusPerson subclass.
    Person.objects.create({ name: 'Foo McBar' });
    assertEqual(StatusPerson.objects.all().list(), []);
  });

  it('test_basic_proxy_reverse', () => {
    // A new MyPerson also shows up as a standard Person.
    MyPerson.objects.create({ name: 'Bazza del Frob' });
    assertEqual(len(MyPerson.objects.all()), 1);
    assertEqual(len(Person.objects.all()), 1);

    LowerStatusPerson.objects.create({ status: 'low', name: 'homer' });
    const lsps = LowerStatusPerson.objects
      .all()
      .list()
      .map((lsp: LowerStatusPerson) => lsp.name);
    assertEqual(lsps, ['homer']);
  });

  it('test_correct_type_proxy_of_proxy', () => {
    // Correct type when querying a proxy of proxy
    Person.objects.create({ name: 'Foo McBar' });
    MyPerson.objects.create({ name: 'Bazza del Frob' });
    LowerStatusPerson.objects.create({ status: 'low', name: 'homer' });
    const pp = MyPersonProxy.objects
      .all()
      .list()
      .map((mpp: MyPersonProxy) => mpp.name)
      .sort();
    assertEqual(pp, ['Bazza del Frob', 'Foo McBar', 'homer']);
  });

  it.fails('test_proxy_included_in_ancestors', () => {
    // Proxy models are included in the ancestors for a model's DoesNotExist,
    // MultipleObjectsReturned, and NotUpdated
    Person.objects.create({ name: 'Foo McBar' });
    MyPerson.objects.create({ name: 'Bazza del Frob' });
    LowerStatusPerson.objects.create({ status: 'low', name: 'homer' });
    const aggregates = models as unknown as { Max(field: string): unknown };
    const objects = Person.objects as unknown as { aggregate(kwargs: Record<string, unknown>): Record<string, number> };
    let max_id = objects.aggregate({ max_id: aggregates.Max('id') }).max_id!;

    raises(() => MyPersonProxy.objects.get({ name: 'Zathras' }), Person.DoesNotExist);
    raises(() => MyPersonProxy.objects.get({ id__lt: max_id + 1 }), Person.MultipleObjectsReturned);
    raises(() => StatusPerson.objects.get({ name: 'Zathras' }), Person.DoesNotExist);
    raises(
      () => transaction.atomic(() => new StatusPerson({ id: 999 }).save({ update_fields: new Set(['name']) })),
      Person.NotUpdated,
    );

    StatusPerson.objects.create({ name: 'Bazza Jr.' });
    StatusPerson.objects.create({ name: 'Foo Jr.' });
    max_id = objects.aggregate({ max_id: aggregates.Max('id') }).max_id!;

    raises(() => StatusPerson.objects.get({ id__lt: max_id + 1 }), Person.MultipleObjectsReturned);
  });

  it('test_abstract_base_with_model_fields', () => {
    const msg = "Abstract base class containing model fields not permitted for proxy model 'NoAbstract'.";
    // Django raises when the class statement runs; the runtime prepares a model on first use.
    raises(
      () => {
        class NoAbstract extends Abstract {
          static override Meta: models.MetaOptions = { ...Meta, proxy: true };
        }
        return NoAbstract._meta;
      },
      TypeError,
      msg,
    );
  });

  it('test_no_base_classes', () => {
    const msg = "Proxy model 'NoBaseClasses' has no non-abstract model base class.";
    raises(
      () => {
        class NoBaseClasses extends models.Model {
          static Meta: models.MetaOptions = { ...Meta, proxy: true };
        }
        return NoBaseClasses._meta;
      },
      TypeError,
      msg,
    );
  });

  it('test_myperson_manager', () => {
    Person.objects.create({ name: 'fred' });
    Person.objects.create({ name: 'wilma' });
    Person.objects.create({ name: 'barney' });

    let resp = MyPerson.objects
      .all()
      .list()
      .map((p: MyPerson) => p.name);
    assertEqual(resp, ['barney', 'fred']);

    resp = MyPerson._default_manager
      .all()
      .list()
      .map((p: MyPerson) => p.name);
    assertEqual(resp, ['barney', 'fred']);
  });

  it('test_proxy_model_signals', () => {
    // Test save signals for proxy models
    let output: string[] = [];
    const make_handler = (model: string, event: string) => () => void output.push(`${model} ${event} save`);

    const h1 = make_handler('MyPerson', 'pre');
    const h2 = make_handler('MyPerson', 'post');
    const h3 = make_handler('Person', 'pre');
    const h4 = make_handler('Person', 'post');

    signals.pre_save.connect(h1, { sender: MyPerson });
    signals.post_save.connect(h2, { sender: MyPerson });
    signals.pre_save.connect(h3, { sender: Person });
    signals.post_save.connect(h4, { sender: Person });

    MyPerson.objects.create({ name: 'dino' });
    assertEqual(output, ['MyPerson pre save', 'MyPerson post save']);

    output = [];

    const h5 = make_handler('MyPersonProxy', 'pre');
    const h6 = make_handler('MyPersonProxy', 'post');

    signals.pre_save.connect(h5, { sender: MyPersonProxy });
    signals.post_save.connect(h6, { sender: MyPersonProxy });

    MyPersonProxy.objects.create({ name: 'pebbles' });

    assertEqual(output, ['MyPersonProxy pre save', 'MyPersonProxy post save']);

    signals.pre_save.disconnect(h1, { sender: MyPerson });
    signals.post_save.disconnect(h2, { sender: MyPerson });
    signals.pre_save.disconnect(h3, { sender: Person });
    signals.post_save.disconnect(h4, { sender: Person });
    signals.pre_save.disconnect(h5, { sender: MyPersonProxy });
    signals.post_save.disconnect(h6, { sender: MyPersonProxy });
  });

  it('test_proxy_for_model', () => {
    assertEqual(UserProxy, UserProxyProxy._meta.proxy_for_model);
  });

  it('test_concrete_model', () => {
    assertEqual(User, UserProxyProxy._meta.concrete_model);
  });

  it('test_proxy_delete', () => {
    // Proxy objects can be deleted
    User.objects.create({ name: 'Bruce' });
    const u2 = UserProxy.objects.create({ name: 'George' });

    let resp = UserProxy.objects
      .all()
      .list()
      .map((u: UserProxy) => u.name);
    assertEqual(resp, ['Bruce', 'George']);

    u2.delete();

    resp = UserProxy.objects
      .all()
      .list()
      .map((u: UserProxy) => u.name);
    assertEqual(resp, ['Bruce']);
  });

  it('test_proxy_update', () => {
    const user = User.objects.create({ name: 'Bruce' });
    assertNumQueries(1, () => UserProxy.objects.filter({ id: user.id }).update({ name: 'George' }));
    user.refresh_from_db();
    assertEqual(user.name, 'George');
  });

  it('test_select_related', () => {
    // We can still use `select_related()` to include related models in our querysets.
    const country = Country.objects.create({ name: 'Australia' });
    State.objects.create({ name: 'New South Wales', country });

    let resp = [...State.objects.select_related('country')].map((s: State) => s.name);
    assertEqual(resp, ['New South Wales']);

    resp = [...StateProxy.objects.select_related('country')].map((s: StateProxy) => s.name);
    assertEqual(resp, ['New South Wales']);

    assertEqual(StateProxy.objects.get({ name: 'New South Wales' }).name, 'New South Wales');

    const one = StateProxy.objects.select_related('country').get({ name: 'New South Wales' });
    assertEqual(one.name, 'New South Wales');
  });

  it('test_filter_proxy_relation_reverse', () => {
    const tu = TrackerUser.objects.create({ name: 'Contributor', status: 'contrib' });
    const ptu = ProxyTrackerUser.objects.get();
    const issue = Issue.objects.create({ assignee: tu });
    assertEqual(tu.issues.get(), issue);
    assertEqual(ptu.issues.get(), issue);
    assertSequenceEqual(TrackerUser.objects.filter({ issues: issue }), [tu]);
    assertSequenceEqual(ProxyTrackerUser.objects.filter({ issues: issue }), [ptu]);
  });

  it('test_proxy_bug', () => {
    const contributor = ProxyTrackerUser.objects.create({ name: 'Contributor', status: 'contrib' });
    const someone = BaseUser.objects.create({ name: 'Someone' });
    Bug.objects.create({ summary: 'fix this', version: '1.1beta', assignee: contributor, reporter: someone });
    const pcontributor = ProxyTrackerUser.objects.create({ name: 'OtherContributor', status: 'proxy' });
    Improvement.objects.create({
      summary: 'improve that',
      version: '1.1beta',
      assignee: contributor,
      reporter: pcontributor,
      associated_bug: ProxyProxyBug.objects.all().at(0),
    });

    // Related field filter on proxy
    let resp: models.Model = ProxyBug.objects.get({ version__icontains: 'beta' });
    assertEqual(repr(resp), '<ProxyBug: ProxyBug:fix this>');

    // Select related + filter on proxy
    resp = ProxyBug.objects.select_related('reporter').get({ version__icontains: 'beta' });
    assertEqual(repr(resp), '<ProxyBug: ProxyBug:fix this>');

    // Proxy of proxy, select_related + filter
    resp = ProxyProxyBug.objects.select_related('reporter').get({ version__icontains: 'beta' });
    assertEqual(repr(resp), '<ProxyProxyBug: ProxyProxyBug:fix this>');

    // Select related + filter on a related proxy field
    resp = ProxyImprovement.objects.select_related('reporter').get({ reporter__name__icontains: 'butor' });
    assertEqual(repr(resp), '<ProxyImprovement: ProxyImprovement:improve that>');

    // Select related + filter on a related proxy of proxy field
    resp = ProxyImprovement.objects.select_related('associated_bug').get({ associated_bug__summary__icontains: 'fix' });
    assertEqual(repr(resp), '<ProxyImprovement: ProxyImprovement:improve that>');
  });

  it('test_select_related_only', () => {
    const user = ProxyTrackerUser.objects.create({ name: 'Joe Doe', status: 'test' });
    const issue = Issue.objects.create({ summary: 'New issue', assignee: user });
    const qs = Issue.objects.select_related('assignee').only('assignee__status');
    assertEqual(qs.get(), issue);
  });

  it('test_eq', () => {
    assertEqual(new MyPerson({ id: 100 }), new Person({ id: 100 }));
  });
});
