// The exceptions the runtime's public modules export are exactly the catalog's (plus a short,
// named list of undocumented helpers), and each is the catalog's class.
import { describe, expect, it } from 'vitest';
import { EXCEPTIONS_CATALOG } from '../../../src/content/exceptions-catalog.ts';
import { BaseException } from 'python/exceptions';
import * as coreExceptions from 'django/core/exceptions';
import * as urls from 'django/urls';
import * as db from 'django/db';
import * as http from 'django/http';
import * as adminExceptions from 'django/contrib/admin/exceptions';
import * as sessionExceptions from 'django/contrib/sessions/exceptions';
import * as transactionErrors from 'django/db/transaction_errors';
import * as testClient from 'django/test/client';

/** Import path users write -> the runtime module that answers it. */
const MODULES: Record<string, Record<string, unknown>> = {
  'django.core.exceptions': coreExceptions,
  'django.urls': urls,
  'django.db': db,
  'django.http': http,
  'django.contrib.admin.exceptions': adminExceptions,
  'django.contrib.sessions.exceptions': sessionExceptions,
  // Pending: the model layer has no django/db/transaction module yet; its error lives here.
  'django.db.transaction': transactionErrors,
  'django.test.client': testClient,
};

/** Exceptions those modules export that exceptions.txt does not document. */
const UNDOCUMENTED = new Set([
  'django.contrib.admin.exceptions.AlreadyRegistered',
  'django.contrib.admin.exceptions.NotRegistered',
  'django.db.ConnectionDoesNotExist',
  'django.http.MultiPartParserError',
  'django.http.RawPostDataException',
]);

function exportedName(entryName: string): string {
  return entryName.replace(/^(client|models)\./, '');
}

describe('exported exceptions match the catalog', () => {
  it('each catalog entry is exported under its name from its import path', () => {
    for (const entry of EXCEPTIONS_CATALOG) {
      const module = MODULES[entry.importPath];
      expect(module, entry.importPath).toBeDefined();
      expect(module![exportedName(entry.name)], entry.name).toBe(entry.cls);
    }
  });

  it('every exception class those modules export is in the catalog or named as undocumented', () => {
    const catalogued = new Set(EXCEPTIONS_CATALOG.map((e) => `${e.importPath}.${exportedName(e.name)}`));
    const classes = new Set<unknown>(EXCEPTIONS_CATALOG.map((e) => e.cls));
    const exported: string[] = [];
    const extra: string[] = [];
    for (const [path, module] of Object.entries(MODULES)) {
      for (const [name, value] of Object.entries(module)) {
        if (typeof value !== 'function' || !(value.prototype instanceof BaseException)) continue;
        exported.push(`${path}.${name}`);
        // A documented class re-exported from a second module (django.db.TransactionManagementError) is fine.
        if (!catalogued.has(`${path}.${name}`) && !classes.has(value) && !UNDOCUMENTED.has(`${path}.${name}`))
          extra.push(`${path}.${name}`);
      }
    }
    expect(extra).toEqual([]);
    const missing = [...catalogued].filter((n) => !exported.includes(n));
    expect(missing).toEqual([]);
  });
});
