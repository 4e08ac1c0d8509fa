// Checks ../shared/reference/django-facts.md §1.12–§1.14: get_FOO_display, get_next_by_FOO / get_previous_by_FOO, _state, _is_pk_set.
import { beforeEach, describe, expect, test } from 'vitest';
import { models, reset_databases } from 'django/db';
import { ValueError } from 'python/builtins';
import { date } from 'python/datetime';
import { raises } from './helpers';

class Shirt extends models.Model {
  shirt_size = models.CharField({ max_length: 1, choices: { S: 'Small', M: 'Medium', L: 'Large' } });
  level = models.IntegerField({
    choices: [
      [1, 'One'],
      [2, 'Two'],
    ],
    null: true,
  });
  media = models.CharField({
    max_length: 10,
    blank: true,
    choices: [
      [
        'Audio',
        [
          ['vinyl', 'Vinyl'],
          ['cd', 'CD'],
        ],
      ],
      ['Video', [['vhs', 'VHS Tape']]],
      ['unknown', 'Unknown'],
    ],
  });
  custom = models.CharField({ max_length: 1, choices: [['a', 'A']], default: 'a' });
  get_custom_display(): string {
    return 'mine';
  }
  // Methods made per field at run time are typed with a declaration.
  declare get_shirt_size_display: models.DisplayMethod;
  declare get_level_display: models.DisplayMethod;
  declare get_media_display: models.DisplayMethod;
}

class LargeShirt extends Shirt {
  static Meta = { proxy: true };
}

class Event extends models.Model {
  name = models.CharField({ max_length: 10 });
  day = models.DateField();
  maybe = models.DateField({ null: true });
  static override objects = new models.Manager(this);
  declare get_next_by_day: models.NeighbourMethod<Event>;
  declare get_previous_by_day: models.NeighbourMethod<Event>;
}

beforeEach(() => reset_databases());

describe('get_FOO_display', () => {
  test('the docs example: shirt_size "L" displays "Large"', () => {
    expect(new Shirt({ shirt_size: 'L' }).get_shirt_size_display()).toBe('Large');
  });

  test('list-of-pairs choices', () => {
    expect(new Shirt({ level: 2 }).get_level_display()).toBe('Two');
  });

  test('named groups are flattened', () => {
    expect(new Shirt({ media: 'cd' }).get_media_display()).toBe('CD');
    expect(new Shirt({ media: 'unknown' }).get_media_display()).toBe('Unknown');
  });

  test('an unknown value returns the raw value', () => {
    expect(new Shirt({ level: 9 }).get_level_display()).toBe('9');
    expect(new Shirt({ shirt_size: 'X' }).get_shirt_size_display()).toBe('X');
  });

  test('None returns None and "" returns ""', () => {
    expect(new Shirt({ level: null }).get_level_display()).toBeNull();
    expect(new Shirt({ media: '' }).get_media_display()).toBe('');
  });

  test('a method the user defines is not overwritten', () => {
    expect(new Shirt().get_custom_display()).toBe('mine');
  });

  test('proxies inherit the helpers', () => {
    expect(new LargeShirt({ shirt_size: 'M' }).get_shirt_size_display()).toBe('Medium');
  });
});

describe('get_next_by_FOO / get_previous_by_FOO', () => {
  function seed() {
    const a = Event.objects.create({ name: 'a', day: new date(2024, 1, 1) });
    const b = Event.objects.create({ name: 'b', day: new date(2024, 1, 2) });
    const c = Event.objects.create({ name: 'c', day: new date(2024, 1, 2) });
    const d = Event.objects.create({ name: 'd', day: new date(2024, 1, 3) });
    return { a, b, c, d };
  }

  test('next and previous by date', () => {
    const { a, d } = seed();
    expect(a.get_next_by_day().name).toBe('b');
    expect(d.get_previous_by_day().name).toBe('c');
  });

  test('ties on equal dates are broken by pk, so nothing is skipped or repeated', () => {
    const { b, c } = seed();
    expect(b.get_next_by_day().name).toBe('c');
    expect(c.get_previous_by_day().name).toBe('b');
    expect(c.get_next_by_day().name).toBe('d');
  });

  test('kwargs are extra lookup filters', () => {
    const { a } = seed();
    expect(a.get_next_by_day({ name__in: ['d'] }).name).toBe('d');
  });

  test('no neighbour is the model DoesNotExist', () => {
    const { d } = seed();
    raises(() => d.get_next_by_day(), Event.DoesNotExist, 'Event matching query does not exist.');
  });

  test('an unsaved instance is a ValueError', () => {
    raises(
      () => new Event({ day: new date(2024, 1, 1) }).get_next_by_day(),
      ValueError,
      'get_next/get_previous cannot be used on unsaved objects.',
    );
  });

  test('a nullable date field has no such method', () => {
    expect('get_next_by_maybe' in new Event()).toBe(false);
    expect('get_next_by_day' in new Event()).toBe(true);
  });
});

describe('_state and _is_pk_set', () => {
  test('new instances: adding=True, db=None; from a queryset: adding=False, db=alias', () => {
    const e = new Event({ name: 'x', day: new date(2024, 1, 1) });
    expect([e._state.adding, e._state.db]).toEqual([true, null]);
    e.save();
    const loaded = Event.objects.get({ pk: e.pk });
    expect([loaded._state.adding, loaded._state.db]).toEqual([false, 'default']);
  });

  test('_is_pk_set is False for None and True for 0', () => {
    expect(new Event()._is_pk_set()).toBe(false);
    expect(new Event({ id: 0 })._is_pk_set()).toBe(true);
  });
});
