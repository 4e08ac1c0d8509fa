// Django's fast deletes (Collector.can_fast_delete): a model with no delete signal receivers, no
// concrete parent and nothing pointing at it (except DO_NOTHING) is deleted without loading rows.
import { beforeEach, describe, expect, test } from 'vitest';
import { models, reset_databases, reset_queries } from 'django/db';
import { repr } from 'python/builtins';
import { sqlLog } from './helpers';

class Player extends models.Model {
  name = models.CharField({ max_length: 10 });
}
class Profile extends models.Model {
  bio = models.CharField({ max_length: 10, default: '' });
}
class Team extends models.Model {
  name = models.CharField({ max_length: 10 });
}
class Member extends models.Model {
  team = models.ForeignKey(Team, { on_delete: models.CASCADE });
}
class Note extends models.Model {
  text = models.CharField({ max_length: 10, default: '' });
}
// Never named in a test: its DO_NOTHING foreign key is what deleting a Note must not cascade
// through (exported so that counts as a use).
export class Watcher extends models.Model {
  note = models.ForeignKey(Note, { on_delete: models.DO_NOTHING, db_constraint: false });
}
class Signalled extends models.Model {}
class Place extends models.Model {
  name = models.CharField({ max_length: 10, default: '' });
}
class Restaurant extends Place {}

models.signals.post_delete.connect(() => {}, { sender: Signalled });

beforeEach(() => reset_databases());

describe('QuerySet.delete() as one DELETE', () => {
  test('filter(pk=...) renders the queryset WHERE, with no SELECT', () => {
    Player.objects.create({ name: 'a' });
    Player.objects.create({ name: 'b' });
    reset_queries();
    const result = Player.objects.filter({ pk: 1 }).delete();
    expect(repr(result)).toBe("(1, {'app.Player': 1})");
    // Collector.delete() runs its deletes in atomic(savepoint=False): BEGIN/COMMIT on SQLite.
    expect(sqlLog()).toEqual(['BEGIN', 'DELETE FROM "app_player" WHERE "app_player"."id" = 1', 'COMMIT']);
    expect(Player.objects.count()).toBe(1);
  });

  test('all() has no WHERE', () => {
    Profile.objects.create();
    Profile.objects.create();
    reset_queries();
    expect(repr(Profile.objects.all().delete())).toBe("(2, {'app.Profile': 2})");
    expect(sqlLog()).toEqual(['BEGIN', 'DELETE FROM "app_profile"', 'COMMIT']);
  });

  test('nothing matched: (0, {}) after the DELETE', () => {
    reset_queries();
    expect(repr(Player.objects.filter({ name: 'zz' }).delete())).toBe('(0, {})');
    expect(sqlLog()).toEqual(['BEGIN', `DELETE FROM "app_player" WHERE "app_player"."name" = 'zz'`, 'COMMIT']);
  });

  test('none() runs no DELETE (the transaction around it is still opened)', () => {
    reset_queries();
    expect(repr(Player.objects.none().delete())).toBe('(0, {})');
    expect(sqlLog()).toEqual(['BEGIN', 'COMMIT']);
  });

  test('DO_NOTHING relations do not prevent it', () => {
    Note.objects.create();
    reset_queries();
    Note.objects.all().delete();
    expect(sqlLog()).toEqual(['BEGIN', 'DELETE FROM "app_note"', 'COMMIT']);
  });

  test('a cascade, a signal receiver or a concrete parent make Django collect first', () => {
    Member.objects.create({ team: Team.objects.create({ name: 't' }) });
    Signalled.objects.create();
    Restaurant.objects.create({ name: 'r' });
    reset_queries();
    Team.objects.all().delete();
    expect(sqlLog()[0]).toBe('SELECT "app_team"."id", "app_team"."name" FROM "app_team"');
    reset_queries();
    Signalled.objects.all().delete();
    expect(sqlLog()).toEqual([
      'SELECT "app_signalled"."id" FROM "app_signalled"',
      'BEGIN',
      'DELETE FROM "app_signalled" WHERE "app_signalled"."id" IN (1)',
      'COMMIT',
    ]);
    reset_queries();
    Restaurant.objects.all().delete();
    expect(sqlLog()[0]).toMatch(/^SELECT /);
  });
});

describe('Model.delete() of an object nothing depends on', () => {
  test('one DELETE ... IN (pk), and the count even when the row was already gone', () => {
    const p = Player.objects.create({ name: 'a' });
    const again = Player.objects.get({ pk: p.pk });
    reset_queries();
    expect(repr(p.delete())).toBe("(1, {'app.Player': 1})");
    expect(sqlLog()).toEqual(['DELETE FROM "app_player" WHERE "app_player"."id" IN (1)']);
    expect(p.pk).toBeNull();
    expect(repr(again.delete())).toBe("(0, {'app.Player': 0})");
  });

  test('adelete() too', async () => {
    const p = Player.objects.create({ name: 'a' });
    expect(repr(await p.adelete())).toBe("(1, {'app.Player': 1})");
  });
});
