// ModelAdmin.get_changelist_instance(): the change list checks its query string, then counts
// its rows as Django's ChangeList.get_results() does (filtered rows, then all rows).
import { beforeEach, describe, expect, test } from 'vitest';
import { connection, models, reset_databases, reset_queries } from 'django/db';
import { AdminSite } from 'django/contrib/admin';
import { DisallowedModelAdminLookup } from 'django/contrib/admin/exceptions';
import { RequestFactory } from 'django/test';

class Writer extends models.Model {
  name = models.CharField({ max_length: 50 });
  secret = models.CharField({ max_length: 50 });
}
class Note extends models.Model {
  title = models.CharField({ max_length: 50 });
  writer = models.ForeignKey(Writer, { on_delete: models.CASCADE });
}

beforeEach(() => {
  reset_databases();
  reset_queries();
});

function noteAdmin() {
  const site = new AdminSite();
  site.register(Writer);
  site.register(Note);
  return site.get_model_admin(Note);
}

describe('ModelAdmin.get_changelist_instance', () => {
  test('keeps every query-string value in filter_params and counts filtered and all rows', () => {
    const request = new RequestFactory().get('/admin/app/note/', { _popup: '1', title__startswith: 'A', p: '2' });
    const changelist = noteAdmin().get_changelist_instance(request);
    expect(changelist.filter_params).toEqual({ _popup: ['1'], title__startswith: ['A'] });
    expect(changelist.params).toEqual({ _popup: '1', title__startswith: 'A' });
    expect([changelist.result_count, changelist.full_result_count]).toEqual([0, 0]);
    expect(connection.queries.map((q) => q.sql)).toEqual([
      `SELECT COUNT(*) AS "__count" FROM "app_note" WHERE "app_note"."title" LIKE 'A%' ESCAPE '\\'`,
      'SELECT COUNT(*) AS "__count" FROM "app_note"',
    ]);
  });

  test('a refused lookup raises before any query', () => {
    const request = new RequestFactory().get('/admin/app/note/', { writer__secret__startswith: 'a' });
    expect(() => noteAdmin().get_changelist_instance(request)).toThrow(DisallowedModelAdminLookup);
    expect(connection.queries).toEqual([]);
  });
});
