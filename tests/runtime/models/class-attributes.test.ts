// Checks ../shared/reference/django-facts.md §1.15: DoesNotExist, MultipleObjectsReturned, NotUpdated, RelatedObjectDoesNotExist, objects.
import { beforeEach, describe, expect, test } from 'vitest';
import { DatabaseError, Error as DjangoDbError, models, reset_databases } from 'django/db';
import { MultipleObjectsReturned, ObjectDoesNotExist, ObjectNotUpdated } from 'django/core/exceptions';
import { AttributeError } from 'python/builtins';
import { classQualname } from 'python/names';
import { mro } from 'python/exceptions';
import { raises } from './helpers';

class Plain extends models.Model {
  name = models.CharField({ max_length: 10, default: '' });
}
class PlainChild extends Plain {}
class PlainProxy extends Plain {
  static Meta = { proxy: true };
}
class AbstractBase1 extends models.Model {
  static Meta = { abstract: true };
}
abstract class AbstractWithManager extends models.Model {
  static Meta = { abstract: true };
  static override objects = new models.Manager(this);
}
class ConcreteFromManaged extends AbstractWithManager {
  name = models.CharField({ max_length: 10, default: '' });
}
class Article extends models.Model {
  headline = models.CharField({ max_length: 10, default: '' });
  featured = models.OneToOneField(Plain, { on_delete: models.CASCADE, null: true, related_name: 'featured_article' });
}

beforeEach(() => reset_databases());

describe('per-model exceptions', () => {
  test('each concrete model gets its own DoesNotExist, subclass of ObjectDoesNotExist', () => {
    expect(Plain.DoesNotExist).not.toBe(Article.DoesNotExist);
    expect(new Plain.DoesNotExist('x')).toBeInstanceOf(ObjectDoesNotExist);
    expect(Plain.DoesNotExist).toBe(Plain.DoesNotExist);
  });

  test('MultipleObjectsReturned subclasses the core class', () => {
    expect(new Plain.MultipleObjectsReturned('x')).toBeInstanceOf(MultipleObjectsReturned);
  });

  test('NotUpdated subclasses ObjectNotUpdated and DatabaseError', () => {
    const e = new Plain.NotUpdated('x');
    expect(e).toBeInstanceOf(ObjectNotUpdated);
    expect(e).toBeInstanceOf(DatabaseError);
  });

  test('an MTI child exceptions subclass the parent ones (PlainChild.NotUpdated MRO)', () => {
    expect(
      mro(PlainChild.NotUpdated)
        .map((c) => classQualname(c))
        .slice(0, 6),
    ).toEqual(['PlainChild.NotUpdated', 'Plain.NotUpdated', 'ObjectNotUpdated', 'DatabaseError', 'Error', 'Exception']);
    expect(
      mro(PlainProxy.DoesNotExist)
        .map((c) => classQualname(c))
        .slice(0, 4),
    ).toEqual(['PlainProxy.DoesNotExist', 'Plain.DoesNotExist', 'ObjectDoesNotExist', 'Exception']);
    expect(new PlainChild.NotUpdated('x')).toBeInstanceOf(Plain.NotUpdated);
    expect(new PlainChild.NotUpdated('x')).toBeInstanceOf(DjangoDbError);
  });

  test('a proxy DoesNotExist subclasses the concrete model one', () => {
    expect(new PlainProxy.DoesNotExist('x')).toBeInstanceOf(Plain.DoesNotExist);
    expect(new PlainProxy.DoesNotExist('x')).toBeInstanceOf(ObjectDoesNotExist);
    expect(new Plain.DoesNotExist('x')).not.toBeInstanceOf(PlainProxy.DoesNotExist);
  });

  test('__qualname__ is "<Model>.DoesNotExist"', () => {
    expect((Plain.DoesNotExist as unknown as { __qualname__: string }).__qualname__).toBe('Plain.DoesNotExist');
    expect((PlainChild.MultipleObjectsReturned as unknown as { __qualname__: string }).__qualname__).toBe(
      'PlainChild.MultipleObjectsReturned',
    );
  });

  test('abstract models have none of them', () => {
    raises(() => AbstractBase1.DoesNotExist, AttributeError, "type object 'AbstractBase1' has no attribute 'DoesNotExist'");
    raises(() => AbstractBase1.NotUpdated, AttributeError, "type object 'AbstractBase1' has no attribute 'NotUpdated'");
  });

  test('get() raises them', () => {
    raises(() => Plain.objects.get({ name: 'x' }), Plain.DoesNotExist, 'Plain matching query does not exist.');
    Plain.objects.create();
    Plain.objects.create();
    raises(() => Plain.objects.get(), Plain.MultipleObjectsReturned, 'get() returned more than one Plain -- it returned 2!');
  });
});

describe('RelatedObjectDoesNotExist', () => {
  test('reverse one-to-one: subclass of DoesNotExist and AttributeError, "Plain has no plainchild."', () => {
    const p = Plain.objects.create();
    const e = raises(
      () => (p as Plain & { plainchild: PlainChild }).plainchild,
      PlainChild.DoesNotExist,
      'Plain has no plainchild.',
    );
    expect(e).toBeInstanceOf(AttributeError);
    expect(e.constructor.name).toBe('RelatedObjectDoesNotExist');
  });

  test('a forward relation without value on a non-null field', () => {
    class Note extends models.Model {
      plain = models.ForeignKey(Plain, { on_delete: models.CASCADE });
    }
    const e = raises(() => new Note().plain, Plain.DoesNotExist, 'Note has no plain.');
    expect(e).toBeInstanceOf(AttributeError);
  });

  test('which is why hasattr(article, "featured_article") is False', () => {
    const p = Plain.objects.create();
    const hasattr = (obj: object, name: string) => {
      try {
        void (obj as Record<string, unknown>)[name];
        return true;
      } catch (error) {
        if (error instanceof AttributeError) return false;
        throw error;
      }
    };
    expect(hasattr(p, 'featured_article')).toBe(false);
    Article.objects.create({ featured: p });
    expect(hasattr(Plain.objects.get({ pk: p.pk }), 'featured_article')).toBe(true);
  });
});

describe('Model.objects', () => {
  test('reading it from an instance is an AttributeError', () => {
    raises(
      () => (new Article() as unknown as { objects: unknown }).objects,
      AttributeError,
      "Manager isn't accessible via Article instances",
    );
  });

  test('an abstract class declaring none has no objects attribute', () => {
    raises(() => AbstractBase1.objects, AttributeError, "type object 'AbstractBase1' has no attribute 'objects'");
  });

  test('a manager declared on an abstract class is not available there; children get their copy', () => {
    raises(() => AbstractWithManager.objects.all(), AttributeError, "Manager isn't available; AbstractWithManager is abstract");
    void AbstractWithManager._meta; // once the class has been used, reading the attribute raises too
    raises(() => AbstractWithManager.objects, AttributeError, "Manager isn't available; AbstractWithManager is abstract");
    expect(ConcreteFromManaged.objects.model).toBe(ConcreteFromManaged);
    ConcreteFromManaged.objects.create({ name: 'x' });
    expect(ConcreteFromManaged.objects.count()).toBe(1);
    raises(() => AbstractWithManager.objects, AttributeError, "Manager isn't available; AbstractWithManager is abstract");
  });

  test('every concrete model gets a default objects manager', () => {
    expect(Plain.objects).toBeInstanceOf(models.Manager);
    expect(Plain.objects.model).toBe(Plain);
    expect(PlainChild.objects.model).toBe(PlainChild);
  });
});
