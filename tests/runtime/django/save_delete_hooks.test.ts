// Django's tests/save_delete_hooks (tests.py, models.py), ported to the runtime.
import { beforeEach, describe, expect, it } from 'vitest';
import { models } from 'django/db';
import { str } from 'python/builtins';
import { freshDatabase } from './helpers';

class Person extends models.Model {
  first_name = models.CharField({ max_length: 20 });
  last_name = models.CharField({ max_length: 20 });
  // Django sets `self.data = []` in an overridden __init__; a class field is the TypeScript form.
  data: string[] = [];
  static Meta = { app_label: 'save_delete_hooks' };
  static override objects = new models.Manager(this);

  override __str__() {
    return `${this.first_name} ${this.last_name}`;
  }

  override save(options: models.SaveOptions = {}) {
    this.data.push('Before save');
    super.save(options);
    this.data.push('After save');
  }

  override delete() {
    this.data.push('Before deletion');
    const result = super.delete();
    this.data.push('After deletion');
    return result;
  }
}

beforeEach(freshDatabase);

describe('SaveDeleteHookTests', () => {
  it('test_basic', () => {
    const p = new Person({ first_name: 'John', last_name: 'Smith' });
    expect(p.data).toEqual([]);
    p.save();
    expect(p.data).toEqual(['Before save', 'After save']);
    expect(Person.objects.all().list().map(str)).toEqual(['John Smith']);
    p.delete();
    expect(p.data).toEqual(['Before save', 'After save', 'Before deletion', 'After deletion']);
    expect(Person.objects.all().list()).toEqual([]);
  });
});
