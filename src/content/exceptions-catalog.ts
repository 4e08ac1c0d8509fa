// Every exception Django documents in docs/ref/exceptions.txt, as data: used to draw the
// hierarchy diagram and to check that the exceptions page covers them all.
//
// ProtectedError and RestrictedError (django.db.models) are defined by the model layer in
// db/models/deletion.ts, so they are not listed here; pass their entries to
// buildExceptionsCatalog() to get the complete list in documentation order.
//
// Anchors: the documented name in lower case with dots turned into hyphens
// ("objectdoesnotexist", "models-protectederror", "client-redirectcycleerror").

import {
  AppRegistryNotReady,
  BadRequest,
  DisallowedHost,
  DisallowedRedirect,
  EmptyResultSet,
  FieldDoesNotExist,
  FieldError,
  FieldFetchBlocked,
  FullResultSet,
  ImproperlyConfigured,
  MiddlewareNotUsed,
  MultipleObjectsReturned,
  ObjectDoesNotExist,
  ObjectNotUpdated,
  PermissionDenied,
  RequestAborted,
  RequestDataTooBig,
  SuspiciousFileOperation,
  SuspiciousMultipartForm,
  SuspiciousOperation,
  SynchronousOnlyOperation,
  TooManyFieldsSent,
  TooManyFilesSent,
  ValidationError,
  ViewDoesNotExist,
} from '../runtime/core/exceptions';
import { DisallowedModelAdminLookup, DisallowedModelAdminToField } from '../runtime/contrib/admin/exceptions';
import { InvalidSessionKey, SessionInterrupted, SuspiciousSession } from '../runtime/contrib/sessions/exceptions';
import {
  DataError,
  DatabaseError,
  DatabaseErrorBase,
  IntegrityError,
  InterfaceError,
  InternalError,
  NotSupportedError,
  OperationalError,
  ProgrammingError,
} from '../runtime/db/utils';
import { TransactionManagementError } from '../runtime/db/transaction_errors';
import { Http404, UnreadablePostError } from '../runtime/http/exceptions';
import { RedirectCycleError } from '../runtime/test/client_errors';
import { NoReverseMatch, Resolver404 } from '../runtime/urls/exceptions';

/** The sections of docs/ref/exceptions.txt, in page order. */
export const CATALOG_SECTIONS = ['core', 'urls', 'database', 'http', 'sessions', 'transaction', 'testing'] as const;
export type CatalogSection = (typeof CATALOG_SECTIONS)[number];

/**
 * How the docs cover the class: its own `.. exception::` entry ("directive"), a mention in the
 * SuspiciousOperation subclass list ("listed"), or not in exceptions.txt at all but needed to
 * explain a documented class ("related": Http404, the base of Resolver404).
 */
export type DocumentedAs = 'directive' | 'listed' | 'related';

export interface ExceptionCatalogEntry {
  /** Name as the docs write it: "ObjectDoesNotExist", "models.ProtectedError", "client.RedirectCycleError". */
  name: string;
  /** Where users import it from, e.g. "django.core.exceptions", "django.db", "django.urls". */
  importPath: string;
  /** The runtime class. */
  cls: Function;
  /** The documented direct base, by class name ("Exception", "SuspiciousOperation", "Http404"). */
  base: string;
  section: CatalogSection;
  documentedAs: DocumentedAs;
  /** First release whose exceptions.txt documents it ("1.10" means 1.10.8 or earlier). */
  documentedSince?: string;
  /** The `versionadded` note the current docs carry (only releases newer than 4.2 keep one). */
  versionAdded?: '6.0' | '6.1';
  /** Stable anchor slug for the docs page. */
  anchor: string;
}

/** The anchor convention: documented name, lower case, dots to hyphens. */
export function catalogAnchor(name: string): string {
  return name.toLowerCase().replace(/\./g, '-');
}

type EntryInput = Omit<ExceptionCatalogEntry, 'anchor' | 'section'>;

function section(name: CatalogSection, entries: EntryInput[]): ExceptionCatalogEntry[] {
  return entries.map((e) => ({ ...e, section: name, anchor: catalogAnchor(e.name) }));
}

const CORE = 'django.core.exceptions';
const core = (name: string, cls: Function, documentedSince: string, extra: Partial<EntryInput> = {}): EntryInput => ({
  name,
  cls,
  importPath: CORE,
  base: 'Exception',
  documentedAs: 'directive',
  documentedSince,
  ...extra,
});
const suspicious = (name: string, cls: Function, importPath = CORE): EntryInput => ({
  name,
  cls,
  importPath,
  base: 'SuspiciousOperation',
  documentedAs: 'listed',
});
const db = (name: string, cls: Function, base: string): EntryInput => ({
  name,
  cls,
  importPath: 'django.db',
  base,
  documentedAs: 'directive',
  documentedSince: '1.10',
});

/** The catalog without the model layer's ProtectedError / RestrictedError, in page order. */
export const EXCEPTIONS_CATALOG: readonly ExceptionCatalogEntry[] = Object.freeze([
  ...section('core', [
    core('AppRegistryNotReady', AppRegistryNotReady, '1.10'),
    core('ObjectDoesNotExist', ObjectDoesNotExist, '1.10'),
    core('ObjectNotUpdated', ObjectNotUpdated, '6.0', { versionAdded: '6.0' }),
    core('EmptyResultSet', EmptyResultSet, '1.11'),
    core('FullResultSet', FullResultSet, '4.2'),
    core('FieldDoesNotExist', FieldDoesNotExist, '1.10'),
    core('MultipleObjectsReturned', MultipleObjectsReturned, '1.10'),
    core('SuspiciousOperation', SuspiciousOperation, '1.10'),
    suspicious('DisallowedHost', DisallowedHost),
    suspicious('DisallowedModelAdminLookup', DisallowedModelAdminLookup, 'django.contrib.admin.exceptions'),
    suspicious('DisallowedModelAdminToField', DisallowedModelAdminToField, 'django.contrib.admin.exceptions'),
    suspicious('DisallowedRedirect', DisallowedRedirect),
    suspicious('InvalidSessionKey', InvalidSessionKey, 'django.contrib.sessions.exceptions'),
    suspicious('RequestDataTooBig', RequestDataTooBig),
    suspicious('SuspiciousFileOperation', SuspiciousFileOperation),
    suspicious('SuspiciousMultipartForm', SuspiciousMultipartForm),
    suspicious('SuspiciousSession', SuspiciousSession, 'django.contrib.sessions.exceptions'),
    suspicious('TooManyFieldsSent', TooManyFieldsSent),
    suspicious('TooManyFilesSent', TooManyFilesSent),
    core('PermissionDenied', PermissionDenied, '1.10'),
    core('ViewDoesNotExist', ViewDoesNotExist, '1.10'),
    core('MiddlewareNotUsed', MiddlewareNotUsed, '1.10'),
    core('ImproperlyConfigured', ImproperlyConfigured, '1.10'),
    core('FieldError', FieldError, '1.10'),
    core('FieldFetchBlocked', FieldFetchBlocked, '6.1', { base: 'FieldError', versionAdded: '6.1' }),
    core('ValidationError', ValidationError, '1.10'),
    core('BadRequest', BadRequest, '3.2'),
    core('RequestAborted', RequestAborted, '3.0'),
    core('SynchronousOnlyOperation', SynchronousOnlyOperation, '3.0'),
  ]),
  ...section('urls', [
    {
      name: 'Resolver404',
      cls: Resolver404,
      importPath: 'django.urls',
      base: 'Http404',
      documentedAs: 'directive',
      documentedSince: '1.10',
    },
    {
      name: 'NoReverseMatch',
      cls: NoReverseMatch,
      importPath: 'django.urls',
      base: 'Exception',
      documentedAs: 'directive',
      documentedSince: '1.10',
    },
  ]),
  ...section('database', [
    db('Error', DatabaseErrorBase, 'Exception'),
    db('InterfaceError', InterfaceError, 'Error'),
    db('DatabaseError', DatabaseError, 'Error'),
    db('DataError', DataError, 'DatabaseError'),
    db('OperationalError', OperationalError, 'DatabaseError'),
    db('IntegrityError', IntegrityError, 'DatabaseError'),
    db('InternalError', InternalError, 'DatabaseError'),
    db('ProgrammingError', ProgrammingError, 'DatabaseError'),
    db('NotSupportedError', NotSupportedError, 'DatabaseError'),
  ]),
  ...section('http', [
    {
      name: 'UnreadablePostError',
      cls: UnreadablePostError,
      importPath: 'django.http',
      base: 'OSError',
      documentedAs: 'directive',
      documentedSince: '1.10',
    },
    { name: 'Http404', cls: Http404, importPath: 'django.http', base: 'Exception', documentedAs: 'related' },
  ]),
  ...section('sessions', [
    {
      name: 'SessionInterrupted',
      cls: SessionInterrupted,
      importPath: 'django.contrib.sessions.exceptions',
      base: 'BadRequest',
      documentedAs: 'directive',
      documentedSince: '3.2',
    },
  ]),
  ...section('transaction', [
    {
      name: 'TransactionManagementError',
      cls: TransactionManagementError,
      importPath: 'django.db.transaction',
      base: 'ProgrammingError',
      documentedAs: 'directive',
      documentedSince: '1.10',
    },
  ]),
  ...section('testing', [
    {
      name: 'client.RedirectCycleError',
      cls: RedirectCycleError,
      importPath: 'django.test.client',
      base: 'Exception',
      documentedAs: 'directive',
      documentedSince: '1.10',
    },
  ]),
]);

/**
 * The full catalog: the entries above plus `extra` ones (the model layer's
 * models.ProtectedError and models.RestrictedError, section "database"), each extra placed at
 * the end of its section, as the docs do. Throws if two entries share an anchor.
 */
export function buildExceptionsCatalog(extra: readonly ExceptionCatalogEntry[] = []): ExceptionCatalogEntry[] {
  const all = [...EXCEPTIONS_CATALOG, ...extra];
  const anchors = new Set<string>();
  for (const entry of all) {
    if (anchors.has(entry.anchor)) throw new Error(`duplicate catalog anchor: ${entry.anchor}`);
    anchors.add(entry.anchor);
  }
  // Array.prototype.sort is stable, so page order holds within a section.
  return all.sort((a, b) => CATALOG_SECTIONS.indexOf(a.section) - CATALOG_SECTIONS.indexOf(b.section));
}

/** Builds an entry with the anchor filled in, for callers adding their own classes. */
export function catalogEntry(entry: Omit<ExceptionCatalogEntry, 'anchor'>): ExceptionCatalogEntry {
  return { ...entry, anchor: catalogAnchor(entry.name) };
}
