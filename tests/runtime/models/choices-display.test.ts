// get_FOO_display() with the choice forms of Django's model_fields GetFieldDisplayTests:
// integer keys in a dict, a Map, and a field redefined on a child of an abstract model.
import { describe, expect, test } from 'vitest';
import { models } from 'django/db';

class Whiz extends models.Model {
  pairs = models.IntegerField({
    choices: [
      [1, 'one'],
      [2, 'two'],
    ],
    null: true,
  });
  dict = models.IntegerField({ choices: { 1: 'one', 2: 'two' }, null: true });
  map = models.IntegerField({
    choices: new Map([
      [1, 'one'],
      [2, 'two'],
    ]),
    null: true,
  });
  static Meta = { app_label: 'choices_display' };
  declare get_pairs_display: models.DisplayMethod;
  declare get_dict_display: models.DisplayMethod;
  declare get_map_display: models.DisplayMethod;
}

class Base extends models.Model {
  foo = models.CharField({ max_length: 2, choices: [['A', 'Base A']] });
  static Meta: models.MetaOptions = { app_label: 'choices_display', abstract: true };
  declare get_foo_display: models.DisplayMethod;
}

class Child extends Base {
  override foo = models.CharField({
    max_length: 2,
    choices: [
      ['A', 'Child A'],
      ['B', 'Child B'],
    ],
  });
  static override Meta: models.MetaOptions = { app_label: 'choices_display' };
}

describe('get_FOO_display', () => {
  test('integer keys given as pairs, a dict or a Map all show the label', () => {
    const w = new Whiz({ pairs: 1, dict: 2, map: 1 });
    expect([w.get_pairs_display(), w.get_dict_display(), w.get_map_display()]).toEqual(['one', 'two', 'one']);
  });

  test('a value outside the choices shows the value', () => {
    const w = new Whiz({ pairs: 9, dict: 9, map: 9 });
    expect([w.get_pairs_display(), w.get_dict_display(), w.get_map_display()]).toEqual(['9', '9', '9']);
  });

  test("a field redefined on a child of an abstract model uses the child's choices", () => {
    expect(new Child({ foo: 'A' }).get_foo_display()).toBe('Child A');
    expect(new Child({ foo: 'B' }).get_foo_display()).toBe('Child B');
  });
});
