// Django's tests/str (tests.py, models.py), ported to the runtime.
import { beforeEach, describe, expect, it } from 'vitest';
import { models } from 'django/db';
import { repr, str } from 'python/builtins';
import { datetime } from 'python/datetime';
import { freshDatabase } from './helpers';

class InternationalArticle extends models.Model {
  headline = models.CharField({ max_length: 100 });
  pub_date = models.DateTimeField();
  static Meta = { app_label: 'str' };
  static override objects = new models.Manager(this);
  override __str__() {
    return this.headline;
  }
}

beforeEach(freshDatabase);

describe('SimpleTests', () => {
  it('test_international', () => {
    const a = InternationalArticle.objects.create({
      headline: 'Girl wins €12.500 in lottery',
      pub_date: new datetime(2005, 7, 28),
    });
    expect(str(a)).toBe('Girl wins €12.500 in lottery');
  });

  it('test_defaults', () => {
    class Default extends models.Model {
      static Meta = { app_label: 'str' };
    }
    const obj = new Default();
    expect(typeof obj.__str__()).toBe('string');
    expect(typeof obj.__repr__()).toBe('string');
    expect(str(obj)).toBe('Default object (None)');
    expect(repr(obj)).toBe('<Default: Default object (None)>');
    const obj2 = new Default({ pk: 100 });
    expect(str(obj2)).toBe('Default object (100)');
    expect(repr(obj2)).toBe('<Default: Default object (100)>');
  });
});
