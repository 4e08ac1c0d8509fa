// Checks ../shared/reference/django-facts.md §1.2: Model.from_db() and DEFERRED.
import { beforeEach, describe, expect, test } from 'vitest';
import { models, reset_databases } from 'django/db';
import { ValueError, repr, str } from 'python/builtins';
import { typeName } from 'python/repr';
import { raises } from './helpers';

class Creator extends models.Model {
  name = models.CharField({ max_length: 20 });
}

class Article extends models.Model {
  title = models.CharField({ max_length: 50 });
  creator = models.ForeignKey(Creator, { on_delete: models.CASCADE });
  declare creator_id: number;
  _loaded_values: Record<string, unknown> = {};

  static override from_db<T extends models.Model>(
    this: models.ModelClass<T>,
    db: string,
    field_names: readonly string[],
    values: readonly unknown[],
  ): T {
    const instance = super.from_db(db, field_names, values) as T & { _loaded_values: Record<string, unknown> };
    const loaded: Record<string, unknown> = {};
    field_names.forEach((name, i) => {
      if (values[i] !== models.DEFERRED) loaded[name] = values[i];
    });
    instance._loaded_values = loaded;
    return instance;
  }

  override save(options: models.SaveOptions = {}): void {
    if (!this._state.adding && this.creator_id !== this._loaded_values.creator_id) {
      throw new ValueError("Updating the value of creator isn't allowed");
    }
    super.save(options);
  }
}

beforeEach(() => reset_databases());

describe('from_db', () => {
  test('sets _state.adding False and _state.db to the alias', () => {
    const a = Creator.from_db('default', ['id', 'name'], [1, 'x']);
    expect(a._state.adding).toBe(false);
    expect(a._state.db).toBe('default');
  });

  test('with every field, values are in __init__ positional order', () => {
    const c = Creator.from_db('other', ['id', 'name'], [4, 'four']);
    expect([c.id, c.name]).toEqual([4, 'four']);
  });

  test('missing fields become DEFERRED, i.e. deferred on the instance', () => {
    const c = Creator.from_db('default', ['id'], [4]);
    expect(c.get_deferred_fields()).toEqual(new Set(['name']));
  });

  test('querysets build their instances through from_db (docs example stores _loaded_values)', () => {
    const creator = Creator.objects.create({ name: 'c' });
    Article.objects.create({ title: 't', creator });
    const a = Article.objects.get({ title: 't' });
    expect(a._loaded_values).toEqual({ id: 1, title: 't', creator_id: creator.pk });
  });

  test('the docs example refuses to change creator on a loaded instance', () => {
    const c1 = Creator.objects.create({ name: 'c1' });
    const c2 = Creator.objects.create({ name: 'c2' });
    Article.objects.create({ title: 't', creator: c1 });
    const a = Article.objects.get({ title: 't' });
    a.creator = c2;
    raises(() => a.save(), ValueError, "Updating the value of creator isn't allowed");
  });

  test('the docs example still saves other changes', () => {
    const c1 = Creator.objects.create({ name: 'c1' });
    Article.objects.create({ title: 't', creator: c1 });
    const a = Article.objects.get({ title: 't' });
    a.title = 'new';
    a.save();
    expect(Article.objects.get({ pk: a.pk }).title).toBe('new');
  });

  test('only() passes DEFERRED for the fields it leaves out', () => {
    const c1 = Creator.objects.create({ name: 'c1' });
    Article.objects.create({ title: 't', creator: c1 });
    const a = Article.objects.only('title').get({ title: 't' });
    expect(a._loaded_values).toEqual({ id: 1, title: 't' });
  });
});

describe('instances loaded from the database', () => {
  test('run the class-field initializers of non-field attributes', () => {
    class WithExtra extends models.Model {
      name = models.CharField({ max_length: 5 });
      extra = ['per instance'];
    }
    WithExtra.objects.create({ name: 'a' });
    const a = WithExtra.objects.get({ name: 'a' });
    const b = WithExtra.objects.get({ name: 'a' });
    expect(a.extra).toEqual(['per instance']);
    expect(a.extra).not.toBe(b.extra);
  });

  test('fire pre_init and post_init like cls(*values)', () => {
    class Watched extends models.Model {
      name = models.CharField({ max_length: 5 });
    }
    Watched.objects.create({ name: 'a' });
    const seen: unknown[] = [];
    const pre = ({ args }: { args?: unknown }) => void seen.push(['pre', args]);
    const post = ({ instance }: { instance?: unknown }) => void seen.push(['post', (instance as Watched).name]);
    models.signals.pre_init.connect(pre as never, { sender: Watched });
    models.signals.post_init.connect(post as never, { sender: Watched });
    const w = Watched.objects.get({ pk: 1 });
    models.signals.pre_init.disconnect(pre as never, { sender: Watched });
    models.signals.post_init.disconnect(post as never, { sender: Watched });
    expect(seen).toEqual([
      ['pre', [1, 'a']],
      ['post', 'a'],
    ]);
    expect(w).toBeInstanceOf(Watched);
    w.name = 'b';
    delete (w as Partial<Watched>).name;
    expect(w.name).toBe('a');
  });
});

describe('DEFERRED', () => {
  test('repr and str are <Deferred field>', () => {
    expect(repr(models.DEFERRED)).toBe('<Deferred field>');
    expect(str(models.DEFERRED)).toBe('<Deferred field>');
  });
});

describe('from_db(db, field_names, values, *, fetch_mode=None) (Django 6.1)', () => {
  test("receives the queryset's fetch mode and puts it on _state", () => {
    const seen: unknown[] = [];
    class Memo extends models.Model {
      text = models.CharField({ max_length: 20 });
      static override from_db<T extends models.Model>(
        this: models.ModelClass<T>,
        db: string,
        field_names: readonly string[],
        values: readonly unknown[],
        { fetch_mode = null }: models.FromDbOptions = {},
      ): T {
        seen.push(fetch_mode);
        return super.from_db(db, field_names, values, { fetch_mode }) as T;
      }
    }
    Memo.objects.create({ text: 'a' });
    expect(Memo.objects.get()._state.fetch_mode).toBe(models.FETCH_ONE);
    expect(Memo.objects.fetch_mode(models.FETCH_PEERS).get()._state.fetch_mode).toBe(models.FETCH_PEERS);
    expect(seen).toEqual([models.FETCH_ONE, models.FETCH_PEERS]);
  });

  test('still works with an override written for the old signature', () => {
    class Card extends models.Model {
      label = models.CharField({ max_length: 20 });
      static override from_db<T extends models.Model>(
        this: models.ModelClass<T>,
        db: string,
        field_names: readonly string[],
        values: readonly unknown[],
      ): T {
        return super.from_db(db, field_names, values) as T;
      }
    }
    Card.objects.create({ label: 'b' });
    const card = Card.objects.get();
    expect([card.label, card._state.adding, card._state.db]).toEqual(['b', false, 'default']);
  });

  test('the fetch modes are instances of FetchOne, FetchPeers and FetchRaise, with the default repr', () => {
    class Bulb extends models.Model {
      watts = models.IntegerField();
    }
    const bulb = new Bulb({ watts: 40 });
    expect(typeName(bulb._state.fetch_mode)).toBe('FetchOne');
    expect([models.FETCH_PEERS, models.FETCH_RAISE].map(typeName)).toEqual(['FetchPeers', 'FetchRaise']);
    expect(repr(models.FETCH_ONE)).toBe('<django.db.models.fetch_modes.FetchOne object>');
  });
});
