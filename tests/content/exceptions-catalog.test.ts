// Facts §2 and §5.3: the catalog lists every documented exception with its base and version.
import { describe, expect, it } from 'vitest';
import { EXCEPTIONS_CATALOG, buildExceptionsCatalog, catalogEntry } from '../../src/content/exceptions-catalog.ts';
import { IntegrityError } from 'django/db/utils';
import { bases, pythonName } from 'python/exceptions';
import { className } from 'python/names';

// The `.. exception::` inventory of exceptions.txt at HEAD (facts §5.3), minus the model layer's two.
const INVENTORY = [
  'AppRegistryNotReady',
  'ObjectDoesNotExist',
  'FieldDoesNotExist',
  'MultipleObjectsReturned',
  'SuspiciousOperation',
  'PermissionDenied',
  'ViewDoesNotExist',
  'MiddlewareNotUsed',
  'ImproperlyConfigured',
  'FieldError',
  'ValidationError',
  'Resolver404',
  'NoReverseMatch',
  'Error',
  'InterfaceError',
  'DatabaseError',
  'DataError',
  'OperationalError',
  'IntegrityError',
  'InternalError',
  'ProgrammingError',
  'NotSupportedError',
  'UnreadablePostError',
  'TransactionManagementError',
  'client.RedirectCycleError',
  'EmptyResultSet',
  'RequestAborted',
  'SynchronousOnlyOperation',
  'BadRequest',
  'SessionInterrupted',
  'FullResultSet',
  'ObjectNotUpdated',
  'FieldFetchBlocked',
];

describe('exceptions catalog', () => {
  it('has a directive entry for every exception in the HEAD inventory', () => {
    const directives = EXCEPTIONS_CATALOG.filter((e) => e.documentedAs === 'directive').map((e) => e.name);
    expect([...directives].sort()).toEqual([...INVENTORY].sort());
  });

  it('lists the SuspiciousOperation subclasses and Http404', () => {
    const listed = EXCEPTIONS_CATALOG.filter((e) => e.documentedAs === 'listed').map((e) => e.name);
    expect(listed).toHaveLength(11);
    expect(listed).toContain('TooManyFilesSent');
    expect(listed).toContain('DisallowedModelAdminToField');
    expect(EXCEPTIONS_CATALOG.find((e) => e.name === 'Http404')?.documentedAs).toBe('related');
  });

  it("every documented base is the class's real direct base", () => {
    for (const entry of EXCEPTIONS_CATALOG) {
      const [base] = bases(entry.cls);
      expect(base && className(base), entry.name).toBe(entry.base);
      expect(pythonName(entry.cls), entry.name).toBe(entry.name.replace(/^client\./, ''));
    }
  });

  it('marks only the post-4.2 additions with versionAdded', () => {
    const added = EXCEPTIONS_CATALOG.filter((e) => e.versionAdded).map((e) => [e.name, e.versionAdded]);
    expect(added).toEqual([
      ['ObjectNotUpdated', '6.0'],
      ['FieldFetchBlocked', '6.1'],
    ]);
  });

  it('records when each class entered the docs', () => {
    const since = (name: string) => EXCEPTIONS_CATALOG.find((e) => e.name === name)?.documentedSince;
    expect(since('EmptyResultSet')).toBe('1.11');
    expect(since('RequestAborted')).toBe('3.0');
    expect(since('SessionInterrupted')).toBe('3.2');
    expect(since('FullResultSet')).toBe('4.2');
  });

  it('uses stable, unique anchors and Django import paths', () => {
    const anchors = EXCEPTIONS_CATALOG.map((e) => e.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(EXCEPTIONS_CATALOG.find((e) => e.name === 'client.RedirectCycleError')?.anchor).toBe('client-redirectcycleerror');
    expect(EXCEPTIONS_CATALOG.find((e) => e.name === 'ObjectDoesNotExist')?.anchor).toBe('objectdoesnotexist');
    expect(EXCEPTIONS_CATALOG.find((e) => e.name === 'Resolver404')?.importPath).toBe('django.urls');
    expect(EXCEPTIONS_CATALOG.find((e) => e.name === 'IntegrityError')?.importPath).toBe('django.db');
  });

  it('buildExceptionsCatalog appends model-layer entries at the end of their section', () => {
    class ProtectedError extends IntegrityError {}
    const extra = catalogEntry({
      name: 'models.ProtectedError',
      importPath: 'django.db.models',
      cls: ProtectedError,
      base: 'IntegrityError',
      section: 'database',
      documentedAs: 'directive',
      documentedSince: '1.10',
    });
    const full = buildExceptionsCatalog([extra]);
    const names = full.map((e) => e.name);
    expect(names.indexOf('models.ProtectedError')).toBe(names.indexOf('NotSupportedError') + 1);
    expect(extra.anchor).toBe('models-protectederror');
    expect(() => buildExceptionsCatalog([extra, extra])).toThrow(/duplicate/);
  });
});
