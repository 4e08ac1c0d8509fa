// Every exception on the Exceptions page, raised by the runtime in the situation Django raises
// it, with Django's message. Exceptions the model layer raises, and that the web runtime cannot
// reach yet, are listed in KNOWN_PENDING with the reason.
import { beforeEach, describe, expect, it, test } from 'vitest';
import { EXCEPTIONS_CATALOG } from '../../../src/content/exceptions-catalog.ts';
import {
  AppRegistryNotReady,
  BadRequest,
  DisallowedHost,
  DisallowedRedirect,
  ImproperlyConfigured,
  MiddlewareNotUsed,
  PermissionDenied,
  RequestAborted,
  SuspiciousFileOperation,
  SuspiciousMultipartForm,
  SuspiciousOperation,
  SynchronousOnlyOperation,
  ViewDoesNotExist,
} from 'django/core/exceptions';
import { DisallowedModelAdminLookup, DisallowedModelAdminToField } from 'django/contrib/admin/exceptions';
import { InvalidSessionKey, SessionInterrupted, SuspiciousSession } from 'django/contrib/sessions/exceptions';
import { UpdateError } from 'django/contrib/sessions/backends/base';
import { format_exception } from 'python/traceback';
import {
  Http404,
  HttpRequest,
  HttpResponse,
  HttpResponseRedirect,
  InterruptedStream,
  QueryDict,
  UnreadablePostError,
} from 'django/http';
import { NoReverseMatch, Resolver404, install_urlconf, path, resolve, reverse } from 'django/urls';
import { Client, RedirectCycleError, override_settings } from 'django/test';
import { repr } from 'python/builtins';
import { Apps, apps } from 'django/apps';
import { ASGIHandler } from 'django/core/handlers/asgi';
import { default_storage } from 'django/core/files/storage';
import { SimpleUploadedFile } from 'django/core/files/uploadedfile';
import { LazyStream } from 'django/http/multipartparser';
import { ContentFile } from 'django/core/files/base';
import { AttributeError, OSError } from 'python/exceptions';
import { SessionStore as FileSessionStore } from 'django/contrib/sessions/backends/file';
import { session_files } from 'django/contrib/sessions/backends/file';
import { SessionStore as CacheSessionStore } from 'django/contrib/sessions/backends/cache';
import 'django/contrib/sessions/middleware';
import 'django/middleware/common';
import { ChangeList, AdminSite } from 'django/contrib/admin';
import { asyncContext, async_unsafe, sync_to_async } from 'django/utils/asyncio';
import { register_module } from 'django/utils/module_loading';
import { captureLogs } from 'python/logging';
import { models, OperationalError, reset_databases, transaction, TransactionManagementError } from 'django/db';
import { EmptyResultSet, FieldFetchBlocked, FullResultSet } from 'django/core/exceptions';
import { Scheduler } from 'sandbox/scheduler';
import { settings } from 'django/conf';
import { raises, raisesAsync, resetWeb, withStderr } from './helpers';

class Place extends models.Model {
  name = models.CharField({ max_length: 20 });
  static override objects = new models.Manager(this);
}

/** Model-layer exceptions: raised by the ORM, covered by tests/runtime/models once wired. */
export const KNOWN_PENDING: Record<string, string> = {
  ObjectDoesNotExist: 'model layer: QuerySet.get() raises Model.DoesNotExist (tests/runtime/models)',
  ObjectNotUpdated: 'model layer: forced update of a missing row raises Model.NotUpdated (tests/runtime/models)',
  FieldDoesNotExist: 'model layer: _meta.get_field() (tests/runtime/models)',
  MultipleObjectsReturned: 'model layer: QuerySet.get() with several rows (tests/runtime/models)',
  FieldError: 'model layer: bad lookups and names in filter()/order_by() (tests/runtime/models)',
  ValidationError: 'model layer: full_clean() and validators (tests/runtime/models, tests/runtime/exceptions)',
  Error: 'database: PEP 249 wrapper; only a driver raises it (see WEB_AND_LIMITS.md)',
  InterfaceError: 'database: raised by a real driver only (see WEB_AND_LIMITS.md)',
  DatabaseError: 'database: raised by the in-memory backend (tests/runtime/models)',
  DataError: 'database: raised by a real driver only (see WEB_AND_LIMITS.md)',
  IntegrityError: 'database: unique/FK violations in the in-memory backend (tests/runtime/models)',
  InternalError: 'database: raised by a real driver only (see WEB_AND_LIMITS.md)',
  ProgrammingError: 'database: raised by a real driver only (see WEB_AND_LIMITS.md)',
  NotSupportedError: 'database: backend feature checks (tests/runtime/models)',
};

beforeEach(() => resetWeb());

function view(name: string, fn: (request: HttpRequest, kwargs?: any) => unknown) {
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

/** Installs a URLconf of views registered in "mysite.views". */
function site(routes: Record<string, (request: HttpRequest, kwargs?: any) => unknown>, extra: Record<string, unknown> = {}) {
  const views = Object.fromEntries(Object.entries(routes).map(([, fn], i) => [`view${i}`, view(`view${i}`, fn)]));
  register_module('mysite.views', views);
  install_urlconf('mysite.urls', {
    urlpatterns: Object.entries(routes).map(([route], i) => path(route, views[`view${i}`] as never, { name: `v${i}` })),
    ...extra,
  });
}

/** A view raising `error`, requested through the test client: the response and what was logged. */
function requestRaising(error: unknown, logger = 'django') {
  site({
    'boom/': () => {
      throw error;
    },
  });
  const captured = captureLogs(logger, 'DEBUG', () => new Client().get('/boom/'));
  return { response: captured.result, output: captured.output };
}

const SCENARIOS: Record<string, () => void | Promise<void>> = {
  AppRegistryNotReady() {
    const fresh = new Apps();
    raises(() => fresh.get_app_config('blog'), AppRegistryNotReady, "Apps aren't loaded yet.");
    raises(() => fresh.get_model('blog.Entry'), AppRegistryNotReady, "Models aren't loaded yet.");
    raises(() => apps.get_models(), AppRegistryNotReady, "Models aren't loaded yet.");
    fresh.populate(['blog']);
    class Entry {}
    fresh.register_model('blog', Entry);
    expect(fresh.get_model('blog.Entry')).toBe(Entry);
    expect(fresh.get_model('blog', 'entry')).toBe(Entry);
  },

  SuspiciousOperation() {
    const { response, output } = requestRaising(new SuspiciousOperation('Tampered form'));
    expect(response.status_code).toBe(400);
    // Logged on django.security only: Django 6.1 adds no "Bad Request" line on django.request.
    expect(output).toEqual(['ERROR:django.security.SuspiciousOperation:Tampered form']);
  },

  DisallowedHost() {
    site({ '': () => new HttpResponse('home') });
    settings.MIDDLEWARE = ['django.middleware.common.CommonMiddleware'];
    const { result, output } = captureLogs('django', 'INFO', () => new Client().get('/', {}, { headers: { Host: 'evil.com' } }));
    expect(result.status_code).toBe(400);
    expect(output[0]).toBe(
      "ERROR:django.security.DisallowedHost:Invalid HTTP_HOST header: 'evil.com'. You may need to add 'evil.com' to ALLOWED_HOSTS.",
    );
    const request = new HttpRequest();
    request.META = { HTTP_HOST: 'bad host!' };
    raises(
      () => request.get_host(),
      DisallowedHost,
      "Invalid HTTP_HOST header: 'bad host!'. The domain name provided is not valid according to RFC 1034/1035.",
    );
    override_settings({ ALLOWED_HOSTS: ['.example.com'] }, () => {
      request.META = { HTTP_HOST: 'www.example.com:8000' };
      expect(request.get_host()).toBe('www.example.com:8000');
    });
  },

  DisallowedModelAdminLookup() {
    const { Author, Book } = adminModels();
    const admin = new AdminSite();
    admin.register(Author);
    const bookAdmin = admin.register(Book);
    const request = adminRequest('author__password__startswith=a');
    raises(
      () => new ChangeList(request, bookAdmin),
      DisallowedModelAdminLookup,
      'Filtering by author__password__startswith not allowed',
    );
    expect(new ChangeList(adminRequest('title__startswith=D'), bookAdmin).filters).toEqual({ title__startswith: ['D'] });
    // Across one relation to the related model's pk: allowed; to another of its fields: not listed, refused.
    expect(new ChangeList(adminRequest('author=1&author__id=1'), bookAdmin).filters).toEqual({
      author: ['1'],
      author__id: ['1'],
    });
    raises(
      () => new ChangeList(adminRequest('author__name=Ann'), bookAdmin),
      DisallowedModelAdminLookup,
      'Filtering by author__name not allowed',
    );
    bookAdmin.list_filter = ['author__password'];
    expect(bookAdmin.lookup_allowed('author__password__startswith', 'a')).toBe(true);
  },

  DisallowedModelAdminToField() {
    const { Author, Book } = adminModels();
    const admin = new AdminSite();
    const authorAdmin = admin.register(Author);
    admin.register(Book);
    raises(
      () => new ChangeList(adminRequest('_to_field=password'), authorAdmin),
      DisallowedModelAdminToField,
      'The field password cannot be referenced.',
    );
    expect(new ChangeList(adminRequest('_to_field=id'), authorAdmin).to_field).toBe('id');
  },

  DisallowedRedirect() {
    raises(
      () => new HttpResponseRedirect('javascript:alert(1)'),
      DisallowedRedirect,
      "Unsafe redirect to URL with protocol 'javascript'",
    );
    raises(
      () => new HttpResponseRedirect(`/${'x'.repeat(16384)}`),
      DisallowedRedirect,
      'Unsafe redirect exceeding 16384 characters',
    );
    expect(new HttpResponseRedirect('/café/').url).toBe('/caf%C3%A9/');
  },

  InvalidSessionKey() {
    const store = new FileSessionStore();
    raises(() => store.exists('../../etc/passwd'), InvalidSessionKey, 'Invalid characters in session key');
    // Loading swallows it, as Django's file backend does: the request gets a fresh session.
    const tampered = new FileSessionStore('../../etc/passwd');
    expect(tampered.get('user')).toBe(null);
    expect(tampered.session_key).toBe(null);
  },

  RequestDataTooBig() {
    site({ 'post/': (request) => new HttpResponse(String(request.POST.get('a'))) });
    const client = new Client();
    override_settings({ DATA_UPLOAD_MAX_MEMORY_SIZE: 10 }, () => {
      const { result, output } = captureLogs('django', 'INFO', () =>
        client.post('/post/', { a: 'x'.repeat(20) }, { content_type: 'application/x-www-form-urlencoded' }),
      );
      expect(result.status_code).toBe(400);
      expect(output[0]).toBe(
        'ERROR:django.security.RequestDataTooBig:Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.',
      );
      // The multipart parser counts field bytes the same way.
      const multipart = captureLogs('django', 'INFO', () => client.post('/post/', { a: 'x'.repeat(20) }));
      expect(multipart.result.status_code).toBe(400);
      expect(multipart.output[0]).toContain('django.security.RequestDataTooBig');
    });
    expect(client.post('/post/', { a: 'short' }).text).toBe('short');
  },

  SuspiciousFileOperation() {
    raises(
      () => default_storage.save('../etc/passwd', new ContentFile('x')),
      SuspiciousFileOperation,
      "Detected path traversal attempt in '../etc/passwd'",
    );
    raises(
      () => default_storage.save('/etc/passwd', new ContentFile('x')),
      SuspiciousFileOperation,
      "Detected path traversal attempt in '/etc/passwd'",
    );
    raises(
      () => default_storage.save('uploads/..', new ContentFile('x')),
      SuspiciousFileOperation,
      "Could not derive file name from 'uploads/..'",
    );
    expect(default_storage.save('notes/a.txt', new ContentFile('x'))).toBe('notes/a.txt');
    // As in Django, the content must be a File: a bare string fails once the name has passed.
    raises(() => default_storage.save('notes/b.txt', 'x' as never), AttributeError, "'str' object has no attribute 'read'");
    raises(
      () => default_storage.save('../b.txt', 'x' as never),
      SuspiciousFileOperation,
      "Detected path traversal attempt in '../b.txt'",
    );
    site({
      'upload/': (request) => {
        const upload = request.FILES.get('file') as SimpleUploadedFile;
        return new HttpResponse(default_storage.save(`${request.POST.get('folder')}/${upload.name}`, upload));
      },
    });
    const client = new Client();
    expect(client.post('/upload/', { folder: 'docs', file: new SimpleUploadedFile('a.txt', 'hi') }).text).toBe('docs/a.txt');
    const { result, output } = captureLogs('django', 'INFO', () =>
      client.post('/upload/', { folder: '../../etc', file: new SimpleUploadedFile('a.txt', 'hi') }),
    );
    expect(result.status_code).toBe(400);
    expect(output[0]).toBe("ERROR:django.security.SuspiciousFileOperation:Detected path traversal attempt in '../../etc/a.txt'");
  },

  SuspiciousMultipartForm() {
    // As in Django 6.1, parts without headers are skipped, not taken for an attack.
    site({ 'post/': (request) => new HttpResponse(String(request.POST.size)) });
    const part = '--B\r\ngarbage\r\n';
    const body = `${part.repeat(45)}--B--\r\n`;
    const response = new Client().post('/post/', body, { content_type: 'multipart/form-data; boundary=B' });
    expect([response.status_code, response.text]).toEqual([200, '0']);
    // The guard is LazyStream's: the same size pushed back over and over.
    const stream = new LazyStream(['--B\r\ngarbage\r\n']);
    raises(
      () => {
        for (;;) stream.unget(stream.__next__());
      },
      SuspiciousMultipartForm,
      "The multipart parser got stuck, which shouldn't happen with normal uploaded files. Check for malicious upload activity; if there is none, report this to the Django developers.",
    );
  },

  SuspiciousSession() {
    const store = new FileSessionStore();
    store.__setitem__('user_id', 1);
    store.save();
    const key = store.session_key!;
    for (const [file, content] of session_files) session_files.set(file, `${content.slice(0, -2)}xx`);
    const { result, output } = captureLogs('django.security', 'WARNING', () => new FileSessionStore(key).get('user_id'));
    expect(result).toBe(null);
    expect(output).toEqual(['WARNING:django.security.SuspiciousSession:Session data corrupted']);
    // Application code raises it too; the handler answers 400.
    const raised = requestRaising(new SuspiciousSession('Session used from another device'));
    expect(raised.response.status_code).toBe(400);
    expect(raised.output[0]).toBe('ERROR:django.security.SuspiciousSession:Session used from another device');
  },

  TooManyFieldsSent() {
    site({ 'search/': (request) => new HttpResponse(String(request.GET.size)) });
    const client = new Client();
    override_settings({ DATA_UPLOAD_MAX_NUMBER_FIELDS: 2 }, () => {
      expect(client.get('/search/?a=1&b=2').text).toBe('2');
      const { result, output } = captureLogs('django', 'INFO', () => client.get('/search/?a=1&b=2&c=3'));
      expect(result.status_code).toBe(400);
      expect(output[0]).toBe(
        'ERROR:django.security.TooManyFieldsSent:The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.',
      );
    });
  },

  TooManyFilesSent() {
    site({ 'upload/': (request) => new HttpResponse(String(request.FILES.size)) });
    const client = new Client();
    const files = { a: new SimpleUploadedFile('a.txt', '1'), b: new SimpleUploadedFile('b.txt', '2') };
    expect(client.post('/upload/', files).text).toBe('2');
    override_settings({ DATA_UPLOAD_MAX_NUMBER_FILES: 1 }, () => {
      const { result, output } = captureLogs('django', 'INFO', () => client.post('/upload/', files));
      expect(result.status_code).toBe(400);
      expect(output[0]).toBe(
        'ERROR:django.security.TooManyFilesSent:The number of files exceeded settings.DATA_UPLOAD_MAX_NUMBER_FILES.',
      );
    });
  },

  PermissionDenied() {
    const { response, output } = requestRaising(new PermissionDenied());
    expect(response.status_code).toBe(403);
    expect(output).toEqual(['WARNING:django.request:Forbidden (Permission denied): /boom/']);
  },

  ViewDoesNotExist() {
    settings.DEBUG = false;
    site({ 'home/': () => new HttpResponse('home') }, { handler404: 'mysite.views.missing' });
    const error = raises(
      () => withStderr(() => new Client().get('/nope/')),
      ViewDoesNotExist,
      "Could not import 'mysite.views.missing'. View does not exist in module mysite.views.",
    );
    expect(error).toBeInstanceOf(ViewDoesNotExist);
    install_urlconf('other.urls', { urlpatterns: [], handler404: 'mysite.errors.missing' });
    raises(
      () => withStderr(() => new Client().get('/nope/')),
      ViewDoesNotExist,
      "Could not import 'mysite.errors.missing'. Parent module mysite.errors does not exist.",
    );
  },

  MiddlewareNotUsed() {
    site({ '': () => new HttpResponse('home') });
    register_module('mysite.middleware', {
      Timing: class Timing {
        constructor() {
          throw new MiddlewareNotUsed('timing is off in tests');
        }
      },
      Silent: function Silent() {
        throw new MiddlewareNotUsed();
      },
    });
    settings.MIDDLEWARE = ['mysite.middleware.Timing', 'mysite.middleware.Silent'];
    const { result, output } = captureLogs('django.request', 'DEBUG', () => new Client().get('/'));
    expect(result.text).toBe('home');
    expect(output).toEqual([
      "DEBUG:django.request:MiddlewareNotUsed: 'mysite.middleware.Silent'",
      "DEBUG:django.request:MiddlewareNotUsed('mysite.middleware.Timing'): timing is off in tests",
    ]);
  },

  ImproperlyConfigured() {
    register_module('mysite.urls', { app_name: 'x' });
    raises(
      () => resolve('/', 'mysite.urls'),
      ImproperlyConfigured,
      "The included URLconf 'mysite.urls' does not appear to have any patterns in it. If you see the 'urlpatterns' variable with valid patterns in the file then the issue is probably caused by a circular import.",
    );
    settings.ALLOWED_HOSTS = 'example.com';
    const request = new HttpRequest();
    request.META = { HTTP_HOST: 'example.com' };
    raises(() => request.get_host(), ImproperlyConfigured, 'The ALLOWED_HOSTS setting must be a list or a tuple.');
    raises(
      () => path('x/<foo:bar>/', () => null),
      ImproperlyConfigured,
      "URL route 'x/<foo:bar>/' uses invalid converter 'foo'.",
    );
  },

  BadRequest() {
    const { response, output } = requestRaising(new BadRequest('Missing "page" parameter'));
    expect(response.status_code).toBe(400);
    expect(output).toEqual(['WARNING:django.request:Missing "page" parameter: /boom/']);
  },

  async RequestAborted() {
    site({ '': () => new HttpResponse('home') });
    const handler = new ASGIHandler();
    const messages = [{ type: 'http.request' as const, body: 'part', more_body: true }, { type: 'http.disconnect' as const }];
    const sent: unknown[] = [];
    const response = await handler.__call__(
      { type: 'http', method: 'POST', path: '/' },
      async () => messages.shift()!,
      (m) => void sent.push(m),
    );
    expect(response).toBe(null);
    expect(sent).toEqual([]);
    await raisesAsync(() => new ASGIHandler().read_body(async () => ({ type: 'http.disconnect' })), RequestAborted);
    const ok = await handler.__call__(
      { type: 'http', path: '/' },
      async () => ({ type: 'http.request' }),
      () => undefined,
    );
    expect(ok?.status_code).toBe(200);
  },

  async SynchronousOnlyOperation() {
    const fetchRows = async_unsafe(() => ['row']);
    expect(fetchRows()).toEqual(['row']);
    await raisesAsync(
      () => asyncContext(() => fetchRows()),
      SynchronousOnlyOperation,
      'You cannot call this from an async context - use a thread or sync_to_async.',
    );
    expect(await asyncContext(() => sync_to_async(fetchRows)())).toEqual(['row']);
    // An async view under the ASGI handler runs in async context: the sync call fails with a 500.
    register_module('mysite.views', {
      feed: async function feed() {
        return new HttpResponse(String(fetchRows()));
      },
    });
    install_urlconf('mysite.urls', {
      urlpatterns: [path('feed/', (await import('django/utils/module_loading')).import_string('mysite.views.feed') as never)],
    });
    const { result } = await captureLogs('django', 'INFO', () =>
      new ASGIHandler().__call__(
        { type: 'http', path: '/feed/' },
        async () => ({ type: 'http.request' }),
        () => undefined,
      ),
    );
    expect(result?.status_code).toBe(500);
    expect(result && 'text' in result ? (result as HttpResponse).text : '').toContain(
      'django.core.exceptions.SynchronousOnlyOperation',
    );
  },

  Resolver404() {
    site({ 'people/<int:pk>/': () => new HttpResponse('person') });
    const error = raises(() => resolve('/nope/'), Resolver404);
    expect(String(error.message)).toBe("{'tried': [[<URLPattern 'people/<int:pk>/' [name='v0']>]], 'path': 'nope/'}");
    expect(String(raises(() => resolve('nope'), Resolver404).message)).toBe("{'path': 'nope'}");
    expect(resolve('/people/7/').kwargs).toEqual({ pk: 7 });
    // Through the handler, a path that matches no pattern is a 404.
    const { result, output } = captureLogs('django', 'INFO', () => new Client().get('/people/x/'));
    expect(result.status_code).toBe(404);
    expect(output).toEqual(['WARNING:django.request:Not Found: /people/x/']);
  },

  NoReverseMatch() {
    register_module('people.views', { detail: detailView() });
    install_urlconf('mysite.urls', { urlpatterns: [path('people/<int:pk>/', detailView(), { name: 'people-detail' })] });
    raises(
      () => reverse('people-list'),
      NoReverseMatch,
      "Reverse for 'people-list' not found. 'people-list' is not a valid view function or pattern name.",
    );
    raises(
      () => reverse('people-detail', { kwargs: { pk: 'abc' } }),
      NoReverseMatch,
      "Reverse for 'people-detail' with keyword arguments '{'pk': 'abc'}' not found. 1 pattern(s) tried: ['people/(?P<pk>[0-9]+)/\\\\Z']",
    );
    raises(
      () => reverse('people-detail'),
      NoReverseMatch,
      "Reverse for 'people-detail' with no arguments not found. 1 pattern(s) tried: ['people/(?P<pk>[0-9]+)/\\\\Z']",
    );
    raises(
      () => reverse('people-detail', { args: [1, 2] }),
      NoReverseMatch,
      "Reverse for 'people-detail' with arguments '(1, 2)' not found. 1 pattern(s) tried: ['people/(?P<pk>[0-9]+)/\\\\Z']",
    );
    raises(() => reverse('blog:index'), NoReverseMatch, "'blog' is not a registered namespace");
    expect(reverse('people-detail', { kwargs: { pk: 1 } })).toBe('/people/1/');
    expect(reverse('people-detail', { args: [2] })).toBe('/people/2/');
  },

  UnreadablePostError() {
    site({ 'upload/': (request) => new HttpResponse(String(request.POST.get('a'))) });
    const body = 'a=1&b=2';
    const error = raises(
      () =>
        withStderr(() =>
          new Client().post('/upload/', body, {
            content_type: 'application/x-www-form-urlencoded',
            'wsgi.input': new InterruptedStream(body, 3),
          }),
        ),
      UnreadablePostError,
      'request data read error',
    );
    // As in Django: request.body wraps the UnreadablePostError that read() raised from the OSError.
    expect(error.__cause__).toBeInstanceOf(UnreadablePostError);
    expect((error.__cause__ as UnreadablePostError).__cause__).toBeInstanceOf(OSError);
    expect((error.__cause__ as UnreadablePostError).__cause__).not.toBeInstanceOf(UnreadablePostError);
  },

  SessionInterrupted() {
    site({
      'cart/': (request) => {
        request.session.__setitem__('cart', ['book']);
        // Meanwhile the user logs out in another tab: that request deletes the session.
        new CacheSessionStore(request.session.session_key).delete();
        return new HttpResponse('added');
      },
      'login/': (request) => {
        request.session.__setitem__('user', 'ann');
        return new HttpResponse('in');
      },
    });
    settings.MIDDLEWARE = ['django.contrib.sessions.middleware.SessionMiddleware'];
    const client = new Client();
    expect(client.get('/login/').text).toBe('in');
    const { result, output, records } = captureLogs('django', 'INFO', () => client.get('/cart/'));
    expect(result.status_code).toBe(400);
    expect(output).toEqual([
      "WARNING:django.request:The request's session was deleted before the request completed. The user may have logged out in a concurrent request, for example.: /cart/",
    ]);
    // Raised while handling UpdateError, so the traceback shows that first, as Python's does.
    const raised = records[0]!.exc_info as SessionInterrupted;
    expect(raised.__context__).toBeInstanceOf(UpdateError);
    expect(format_exception(raised).split('\n')).toEqual([
      'Traceback (most recent call last):',
      '  ...',
      'django.contrib.sessions.backends.base.UpdateError',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  ...',
      "django.contrib.sessions.exceptions.SessionInterrupted: The request's session was deleted before the request completed. The user may have logged out in a concurrent request, for example.",
    ]);
    expect(new SessionInterrupted() instanceof BadRequest).toBe(true);
  },

  'client.RedirectCycleError'() {
    site({
      'a/': () => new HttpResponseRedirect('/b/'),
      'b/': () => new HttpResponseRedirect('/a/'),
      'c/': () => new HttpResponseRedirect('/a/'),
    });
    const error = raises(() => new Client().get('/a/', {}, { follow: true }), RedirectCycleError, 'Redirect loop detected.');
    expect(error.redirect_chain).toEqual([
      ['/b/', 302],
      ['/a/', 302],
      ['/b/', 302],
    ]);
    expect(repr(error.redirect_chain)).toBe("[('/b/', 302), ('/a/', 302), ('/b/', 302)]");
    expect(error.last_response.redirect_chain).toBe(error.redirect_chain);
  },

  Http404() {
    const { response, output } = requestRaising(new Http404('No Person matches the given query.'));
    expect(response.status_code).toBe(404);
    expect(output).toEqual(['WARNING:django.request:Not Found: /boom/']);
    expect(response.text).toContain('No Person matches the given query.');
    settings.DEBUG = false;
    expect(withStderr(() => new Client().get('/boom/')).result.text).toContain('<h1>Not Found</h1>');
  },
  EmptyResultSet() {
    reset_databases();
    raises(() => String(Place.objects.filter({ pk__in: [] }).query), EmptyResultSet);
    expect(Place.objects.filter({ pk__in: [] }).list()).toEqual([]);
  },

  FullResultSet() {
    const qs = Place.objects.exclude({ pk__in: [] });
    raises(() => qs.query.get_compiler('default').compile(qs.query.where), FullResultSet);
    expect(String(qs.query)).not.toContain('WHERE');
  },

  FieldFetchBlocked() {
    reset_databases();
    Place.objects.create({ name: 'Oslo' });
    const [place] = Place.objects.defer('name').fetch_mode(models.FETCH_RAISE).list();
    raises(() => place!.name, FieldFetchBlocked, 'Fetching of Place.name blocked.');
  },

  TransactionManagementError() {
    reset_databases();
    raises(
      () => Place.objects.select_for_update().list(),
      TransactionManagementError,
      'select_for_update cannot be used outside of a transaction.',
    );
    raises(
      () => transaction.get_rollback(),
      TransactionManagementError,
      "The rollback flag doesn't work outside of an 'atomic' block.",
    );
  },

  async OperationalError() {
    // Two processes of the deterministic scheduler: B asks for A's row lock with nowait.
    const run = await new Scheduler({ setup: () => Place.objects.create({ name: 'Oslo' }) })
      .process('A', () => transaction.atomic(async () => Place.objects.select_for_update().alist()))
      .process('B', () => transaction.atomic(async () => Place.objects.select_for_update({ nowait: true }).alist()))
      .run({ schedule: ['A', 'A', 'B', 'B'] });
    expect(run.outcomes.B!.error).toBeInstanceOf(OperationalError);
    expect(String(run.outcomes.B!.error)).toBe('could not obtain lock on row in relation "app_place"');
  },
};

let detailFn: ((request: HttpRequest) => unknown) | null = null;
function detailView(): (request: HttpRequest) => unknown {
  detailFn ??= view('detail', () => new HttpResponse('person'));
  return detailFn;
}

function adminModels() {
  class Author extends models.Model {
    name = models.CharField({ max_length: 50 });
    password = models.CharField({ max_length: 128 });
    static Meta = { app_label: 'library' };
  }
  class Book extends models.Model {
    title = models.CharField({ max_length: 50 });
    author = models.ForeignKey(Author, { on_delete: models.CASCADE });
    static Meta = { app_label: 'library' };
  }
  return { Author: Author as never, Book: Book as never };
}

function adminRequest(query: string): HttpRequest {
  const request = new HttpRequest();
  request.method = 'GET';
  request.META = { QUERY_STRING: query };
  request.GET = new QueryDict(query);
  return request;
}

describe('every exception on the Exceptions page is raised by the runtime', () => {
  for (const entry of EXCEPTIONS_CATALOG) {
    const scenario = SCENARIOS[entry.name];
    // The others are raised by the model layer or a driver; KNOWN_PENDING says where they are tested.
    if (scenario) test(`${entry.name} (${entry.importPath})`, scenario);
  }

  it('covers every catalog entry: each is either raised above or listed in KNOWN_PENDING', () => {
    const uncovered = EXCEPTIONS_CATALOG.map((e) => e.name).filter((n) => !(n in SCENARIOS) && !(n in KNOWN_PENDING));
    expect(uncovered).toEqual([]);
    const both = Object.keys(KNOWN_PENDING).filter((n) => n in SCENARIOS);
    expect(both).toEqual([]);
  });
});
