// Checks ../shared/reference/django-facts.md §2: every Django exception class, its module, its direct base and instanceof along
// the whole hierarchy; §1.15: per-model exceptions with two bases.
import { describe, expect, it } from 'vitest';
import * as core from 'django/core/exceptions';
import * as dbErrors from 'django/db/utils';
import { TransactionManagementError } from 'django/db/transaction_errors';
import { Http404, UnreadablePostError } from 'django/http/exceptions';
import { NoReverseMatch, Resolver404 } from 'django/urls/exceptions';
import { InvalidSessionKey, SessionInterrupted, SuspiciousSession } from 'django/contrib/sessions/exceptions';
import { DisallowedModelAdminLookup, DisallowedModelAdminToField } from 'django/contrib/admin/exceptions';
import { RedirectCycleError } from 'django/test/client_errors';
import { AttributeError, BaseException, Exception, OSError, issubclass, repr } from 'python/builtins';
import { bases, defineException, formatException, mro, pythonName } from 'python/exceptions';

const name = (cls: Function) => pythonName(cls);

describe('django.core.exceptions: module and direct base', () => {
  const exceptionChildren = [
    'AppRegistryNotReady',
    'ObjectDoesNotExist',
    'ObjectNotUpdated',
    'EmptyResultSet',
    'FullResultSet',
    'FieldDoesNotExist',
    'MultipleObjectsReturned',
    'SuspiciousOperation',
    'PermissionDenied',
    'ViewDoesNotExist',
    'MiddlewareNotUsed',
    'ImproperlyConfigured',
    'FieldError',
    'ValidationError',
    'BadRequest',
    'RequestAborted',
    'SynchronousOnlyOperation',
  ] as const;
  it.each(exceptionChildren)('%s derives directly from Exception', (clsName) => {
    const cls = core[clsName] as typeof BaseException;
    expect(bases(cls)).toEqual([Exception]);
    expect(cls.__module__).toBe('django.core.exceptions');
    expect(cls.__qualname__).toBe(clsName);
  });

  const suspicious = [
    'DisallowedHost',
    'DisallowedRedirect',
    'RequestDataTooBig',
    'SuspiciousFileOperation',
    'SuspiciousMultipartForm',
    'TooManyFieldsSent',
    'TooManyFilesSent',
  ] as const;
  it.each(suspicious)('%s derives from SuspiciousOperation', (clsName) => {
    const cls = core[clsName] as typeof BaseException;
    expect(bases(cls)).toEqual([core.SuspiciousOperation]);
    expect(cls.__module__).toBe('django.core.exceptions');
    expect(new cls('x')).toBeInstanceOf(core.SuspiciousOperation);
    expect(new cls('x')).toBeInstanceOf(Exception);
  });

  it('FieldFetchBlocked derives from FieldError', () => {
    expect(bases(core.FieldFetchBlocked)).toEqual([core.FieldError]);
    const e = new core.FieldFetchBlocked('Fetching of Primary.value blocked.');
    expect(e instanceof core.FieldError).toBe(true);
    expect(formatException(e)).toBe('FieldFetchBlocked: Fetching of Primary.value blocked.');
  });

  it('ObjectDoesNotExist has silent_variable_failure = True, inherited by subclasses', () => {
    expect(core.ObjectDoesNotExist.silent_variable_failure).toBe(true);
    const DoesNotExist = defineException('DoesNotExist', [core.ObjectDoesNotExist], { qualname: 'Entry.DoesNotExist' });
    expect((DoesNotExist as typeof core.ObjectDoesNotExist).silent_variable_failure).toBe(true);
  });

  it('NON_FIELD_ERRORS is "__all__"', () => {
    expect(core.NON_FIELD_ERRORS).toBe('__all__');
  });

  it('formats with the module when asked, like a Python traceback', () => {
    expect(formatException(new core.ImproperlyConfigured('bad settings'), { module: true })).toBe(
      'django.core.exceptions.ImproperlyConfigured: bad settings',
    );
  });
});

describe('django.db PEP 249 wrappers', () => {
  it('Error is exported under its Django name and prints as Error', () => {
    expect(dbErrors.Error).toBe(dbErrors.DatabaseErrorBase);
    expect(dbErrors.Error.name).toBe('Error');
    expect(name(dbErrors.Error)).toBe('Error');
    expect(dbErrors.Error.__module__).toBe('django.db.utils');
    expect(repr(new dbErrors.Error('boom'))).toBe("Error('boom')");
  });

  it('InterfaceError and DatabaseError derive from Error', () => {
    expect(bases(dbErrors.InterfaceError)).toEqual([dbErrors.Error]);
    expect(bases(dbErrors.DatabaseError)).toEqual([dbErrors.Error]);
  });

  it.each(['DataError', 'OperationalError', 'IntegrityError', 'InternalError', 'ProgrammingError', 'NotSupportedError'] as const)(
    '%s derives from DatabaseError, Error and Exception',
    (clsName) => {
      const cls = dbErrors[clsName];
      expect(bases(cls)).toEqual([dbErrors.DatabaseError]);
      const e = new cls('x');
      expect(e).toBeInstanceOf(dbErrors.DatabaseError);
      expect(e).toBeInstanceOf(dbErrors.Error);
      expect(e).toBeInstanceOf(Exception);
      expect(e instanceof dbErrors.InterfaceError).toBe(false);
    },
  );

  it('chains the driver error as __cause__ (raise ... from)', () => {
    const driver = new Error('UNIQUE constraint failed: probe_counter.id');
    const e = dbErrors.wrapDatabaseError(dbErrors.IntegrityError, driver);
    expect(e).toBeInstanceOf(dbErrors.IntegrityError);
    expect(e.__cause__).toBe(driver);
    expect(e.cause).toBe(driver);
    expect(e.args).toEqual(['UNIQUE constraint failed: probe_counter.id']);
    expect(new dbErrors.DatabaseError('x').__cause__).toBe(null);
  });

  it('TransactionManagementError derives from ProgrammingError in django.db.transaction', () => {
    expect(bases(TransactionManagementError)).toEqual([dbErrors.ProgrammingError]);
    expect(TransactionManagementError.__module__).toBe('django.db.transaction');
    const e = new TransactionManagementError('select_for_update cannot be used outside of a transaction.');
    expect(e).toBeInstanceOf(dbErrors.DatabaseError);
    expect(e).toBeInstanceOf(dbErrors.Error);
  });
});

describe('http, urls, sessions, admin and test client exceptions', () => {
  it('Resolver404 derives from Http404', () => {
    expect(bases(Resolver404)).toEqual([Http404]);
    expect(new Resolver404('nope')).toBeInstanceOf(Http404);
    expect(Resolver404.__module__).toBe('django.urls.exceptions');
    expect(Http404.__module__).toBe('django.http.response');
    expect(bases(NoReverseMatch)).toEqual([Exception]);
  });

  it('UnreadablePostError derives from OSError', () => {
    expect(bases(UnreadablePostError)).toEqual([OSError]);
    expect(new UnreadablePostError('cancelled')).toBeInstanceOf(OSError);
    expect(UnreadablePostError.__module__).toBe('django.http.request');
  });

  it('session exceptions', () => {
    expect(bases(InvalidSessionKey)).toEqual([core.SuspiciousOperation]);
    expect(bases(SuspiciousSession)).toEqual([core.SuspiciousOperation]);
    expect(bases(SessionInterrupted)).toEqual([core.BadRequest]);
    expect(SessionInterrupted.__module__).toBe('django.contrib.sessions.exceptions');
  });

  it('admin exceptions derive from SuspiciousOperation', () => {
    expect(bases(DisallowedModelAdminLookup)).toEqual([core.SuspiciousOperation]);
    expect(bases(DisallowedModelAdminToField)).toEqual([core.SuspiciousOperation]);
    expect(DisallowedModelAdminLookup.__module__).toBe('django.contrib.admin.exceptions');
  });

  it('RedirectCycleError keeps last_response and redirect_chain', () => {
    const response = { redirect_chain: [['/a/', 302] as const, ['/b/', 302] as const] };
    const e = new RedirectCycleError('Redirect loop detected.', response);
    expect(e.last_response).toBe(response);
    expect(e.redirect_chain).toEqual([
      ['/a/', 302],
      ['/b/', 302],
    ]);
    expect(e.args).toEqual(['Redirect loop detected.']);
    expect(RedirectCycleError.__module__).toBe('django.test.client');
  });
});

describe('per-model exceptions with several bases (facts §1.15)', () => {
  const EntryDoesNotExist = defineException('DoesNotExist', [core.ObjectDoesNotExist], {
    qualname: 'Entry.DoesNotExist',
    module: 'blog.models',
  });
  const EntryNotUpdated = defineException('NotUpdated', [core.ObjectNotUpdated, dbErrors.DatabaseError], {
    qualname: 'Entry.NotUpdated',
    module: 'blog.models',
  });

  it('Model.NotUpdated is both ObjectNotUpdated and DatabaseError', () => {
    const e = new EntryNotUpdated('Forced update did not affect any rows.');
    expect(e).toBeInstanceOf(core.ObjectNotUpdated);
    expect(e).toBeInstanceOf(dbErrors.DatabaseError);
    expect(e).toBeInstanceOf(dbErrors.Error);
    expect(e).toBeInstanceOf(Exception);
    expect(e).toBeInstanceOf(Error);
    expect(e instanceof dbErrors.IntegrityError).toBe(false);
    expect(issubclass(EntryNotUpdated, dbErrors.DatabaseError)).toBe(true);
  });

  it('a child model NotUpdated has the probe MRO', () => {
    const PlainNotUpdated = defineException('NotUpdated', [core.ObjectNotUpdated, dbErrors.DatabaseError], {
      qualname: 'Plain.NotUpdated',
    });
    const ChildNotUpdated = defineException('NotUpdated', [PlainNotUpdated], { qualname: 'PlainChild.NotUpdated' });
    expect(mro(ChildNotUpdated).map(name)).toEqual([
      'PlainChild.NotUpdated',
      'Plain.NotUpdated',
      'ObjectNotUpdated',
      'DatabaseError',
      'Error',
      'Exception',
      'BaseException',
    ]);
    expect(new ChildNotUpdated() instanceof dbErrors.DatabaseError).toBe(true);
  });

  it('a proxy DoesNotExist has the probe MRO', () => {
    const ProxyDoesNotExist = defineException('DoesNotExist', [EntryDoesNotExist], { qualname: 'EntryProxy.DoesNotExist' });
    expect(mro(ProxyDoesNotExist).map(name)).toEqual([
      'EntryProxy.DoesNotExist',
      'Entry.DoesNotExist',
      'ObjectDoesNotExist',
      'Exception',
      'BaseException',
    ]);
  });

  it('RelatedObjectDoesNotExist is the related DoesNotExist and an AttributeError', () => {
    const Related = defineException('RelatedObjectDoesNotExist', [EntryDoesNotExist, AttributeError], {
      qualname: 'Blog.entry.RelatedObjectDoesNotExist',
    });
    const e = new Related('Blog has no entry.');
    expect(e).toBeInstanceOf(EntryDoesNotExist);
    expect(e).toBeInstanceOf(core.ObjectDoesNotExist);
    expect(e).toBeInstanceOf(AttributeError);
    expect(e instanceof core.MultipleObjectsReturned).toBe(false);
    expect(mro(Related).map(name)).toEqual([
      'Blog.entry.RelatedObjectDoesNotExist',
      'Entry.DoesNotExist',
      'ObjectDoesNotExist',
      'AttributeError',
      'Exception',
      'BaseException',
    ]);
  });

  it('multiple concrete parents: the child subclasses each parent DoesNotExist', () => {
    const A = defineException('DoesNotExist', [core.ObjectDoesNotExist], { qualname: 'A.DoesNotExist' });
    const B = defineException('DoesNotExist', [core.ObjectDoesNotExist], { qualname: 'B.DoesNotExist' });
    const C = defineException('DoesNotExist', [A, B], { qualname: 'C.DoesNotExist' });
    expect(mro(C).map(name)).toEqual([
      'C.DoesNotExist',
      'A.DoesNotExist',
      'B.DoesNotExist',
      'ObjectDoesNotExist',
      'Exception',
      'BaseException',
    ]);
    expect(new C()).toBeInstanceOf(B);
  });

  it('qualname, module and printing', () => {
    const e = new EntryDoesNotExist('Entry matching query does not exist.');
    expect(EntryDoesNotExist.name).toBe('DoesNotExist');
    expect((EntryDoesNotExist as typeof BaseException).__qualname__).toBe('Entry.DoesNotExist');
    expect((EntryDoesNotExist as typeof BaseException).__module__).toBe('blog.models');
    expect(pythonName(e)).toBe('Entry.DoesNotExist');
    expect(e.name).toBe('Entry.DoesNotExist');
    expect(formatException(e)).toBe('Entry.DoesNotExist: Entry matching query does not exist.');
    expect(formatException(e, { module: true })).toBe('blog.models.Entry.DoesNotExist: Entry matching query does not exist.');
    expect(repr(e)).toBe("DoesNotExist('Entry matching query does not exist.')");
    expect(String(e.stack).split('\n')[0]).toBe('Entry.DoesNotExist: Entry matching query does not exist.');
  });

  it('rejects an inconsistent MRO and duplicate bases', () => {
    expect(() => defineException('Bad', [Exception, core.ObjectDoesNotExist])).toThrow(TypeError);
    expect(() => defineException('Dup', [core.FieldError, core.FieldError])).toThrow(TypeError);
  });

  it('catching with instanceof works for virtual bases', () => {
    let caught = '';
    try {
      throw new EntryNotUpdated('Save with update_fields did not affect any rows.');
    } catch (err) {
      if (err instanceof dbErrors.DatabaseError) caught = formatException(err);
    }
    expect(caught).toBe('Entry.NotUpdated: Save with update_fields did not affect any rows.');
  });
});
