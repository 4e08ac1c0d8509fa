// Mistakes in URLconfs, views, middleware and settings fail with the exception and message
// Django gives, never with a JavaScript error from the runtime's internals.
import { beforeEach, describe, expect, it } from 'vitest';
import { ImproperlyConfigured } from 'django/core/exceptions';
import { HttpRequest, HttpResponse, JsonResponse, QueryDict } from 'django/http';
import { install_urlconf, path, include, resolve, reverse } from 'django/urls';
import { Client, override_settings } from 'django/test';
import { register_module, ImportError, ModuleNotFoundError } from 'django/utils/module_loading';
import { settings } from 'django/conf';
import { AttributeError, ValueError } from 'python/exceptions';
import { raises, resetWeb, withStderr } from './helpers';

beforeEach(() => resetWeb());

describe('URLconfs', () => {
  it('a URLconf module without urlpatterns is ImproperlyConfigured', () => {
    install_urlconf('mysite.urls', {});
    raises(
      () => resolve('/'),
      ImproperlyConfigured,
      "The included URLconf 'mysite.urls' does not appear to have any patterns in it. If you see the 'urlpatterns' variable with valid patterns in the file then the issue is probably caused by a circular import.",
    );
  });

  it('an empty urlpatterns list is valid, as in Django: every path is a 404', () => {
    install_urlconf('mysite.urls', { urlpatterns: [] });
    expect(withStderr(() => new Client().get('/')).result.status_code).toBe(404);
  });

  it('an entry that is not path() is reported with the urls.E004 check text', () => {
    install_urlconf('mysite.urls', { urlpatterns: ['home/'] });
    const error = raises(
      () => resolve('/home/'),
      ImproperlyConfigured,
      "Your URL pattern 'home/' is invalid. Ensure that urlpatterns is a list of path() and/or re_path() instances.",
    );
    expect((error as unknown as { hint: string }).hint).toBe(
      "Try removing the string 'home/'. The list of urlpatterns should not have a prefix string as the first element.",
    );
  });

  it('path() refuses a view that is not callable, and bad routes', () => {
    raises(
      () => path('x/', 'app.views.index' as never),
      TypeError,
      'view must be a callable or a list/tuple in the case of include().',
    );
    raises(
      () => path('x/<int:2pk>/', () => null),
      ImproperlyConfigured,
      "URL route 'x/<int:2pk>/' uses parameter name '2pk' which isn't a valid Python identifier.",
    );
    raises(
      () => path('x/<int: pk>/', () => null),
      ImproperlyConfigured,
      "URL route 'x/<int: pk>/' cannot contain whitespace in angle brackets <…>.",
    );
  });

  it('include() with a namespace needs an app_name', () => {
    raises(
      () => include([], { namespace: 'blog' }),
      ImproperlyConfigured,
      'Specifying a namespace in include() without providing an app_name is not supported. Set the app_name attribute in the included module, or pass a 2-tuple containing the list of patterns and app_name instead.',
    );
  });

  it('namespaced includes reverse and resolve', () => {
    const index = () => new HttpResponse('blog');
    register_module('blog.urls', { app_name: 'blog', urlpatterns: [path('<slug:slug>/', index, { name: 'post' })] });
    install_urlconf('mysite.urls', { urlpatterns: [path('blog/', include('blog.urls'))] });
    expect(reverse('blog:post', { kwargs: { slug: 'hello-world' } })).toBe('/blog/hello-world/');
    expect(resolve('/blog/hello-world/').view_name).toBe('blog:post');
    raises(() => reverse('blog:nope:post'), Error, "'nope' is not a registered namespace inside 'blog'");
  });

  it('reverse() refuses mixed args and kwargs, and an unset ROOT_URLCONF is an AttributeError', () => {
    raises(() => reverse('x'), AttributeError, "'Settings' object has no attribute 'ROOT_URLCONF'");
    install_urlconf('mysite.urls', { urlpatterns: [path('<int:a>/', () => null, { name: 'x' })] });
    raises(() => reverse('x', { args: [1], kwargs: { a: 1 } }), ValueError, "Don't mix *args and **kwargs in call to reverse()!");
  });
});

describe('views', () => {
  function index(_request: HttpRequest) {
    return undefined;
  }

  it('a view that returns nothing is a ValueError naming the view', () => {
    register_module('app.views', { index });
    install_urlconf('mysite.urls', { urlpatterns: [path('', index)] });
    raises(
      () => withStderr(() => new Client().get('/')),
      ValueError,
      "The view app.views.index didn't return an HttpResponse object. It returned None instead.",
    );
  });

  it('an async view under the sync handler returned an unawaited coroutine', () => {
    async function feed() {
      return new HttpResponse('x');
    }
    register_module('app.views', { feed });
    install_urlconf('mysite.urls', { urlpatterns: [path('', feed)] });
    raises(
      () => withStderr(() => new Client().get('/')),
      ValueError,
      "The view app.views.feed didn't return an HttpResponse object. It returned an unawaited coroutine instead. You may need to add an 'await' into your view.",
    );
  });

  it('JsonResponse refuses a non-dict unless safe is false', () => {
    raises(
      () => new JsonResponse([1, 2]),
      TypeError,
      'In order to allow non-dict objects to be serialized set the safe parameter to False.',
    );
    expect(new JsonResponse([1, 2], { safe: false }).text).toBe('[1, 2]');
    expect(new JsonResponse({ name: 'Zoë' }).text).toBe('{"name": "Zo\\u00eb"}');
  });

  it('response status codes are checked', () => {
    raises(() => new HttpResponse('', { status: 1000 }), ValueError, 'HTTP status code must be an integer from 100 to 599.');
  });
});

describe('settings of the wrong type', () => {
  it('ALLOWED_HOSTS as a string', () => {
    override_settings({ ALLOWED_HOSTS: 'example.com' }, () => {
      const request = new HttpRequest();
      request.META = { HTTP_HOST: 'example.com' };
      raises(() => request.get_host(), ImproperlyConfigured, 'The ALLOWED_HOSTS setting must be a list or a tuple.');
    });
  });

  it('DATA_UPLOAD_MAX_MEMORY_SIZE as a string fails like the comparison Django makes', () => {
    override_settings({ DATA_UPLOAD_MAX_MEMORY_SIZE: '2.5MB' }, () => {
      const request = new HttpRequest();
      request.META = { CONTENT_LENGTH: '10' };
      raises(() => request.body, TypeError, "'>' not supported between instances of 'int' and 'str'");
    });
  });

  it('DATA_UPLOAD_MAX_NUMBER_FIELDS as a string', () => {
    override_settings({ DATA_UPLOAD_MAX_NUMBER_FIELDS: '10' }, () => {
      raises(() => new QueryDict('a=1'), TypeError, "'<' not supported between instances of 'str' and 'int'");
    });
  });

  it('MIDDLEWARE entries that do not import fail as import_string does', () => {
    install_urlconf('mysite.urls', { urlpatterns: [] });
    override_settings({ MIDDLEWARE: ['mysite.middleware.Missing'] }, () => {
      raises(() => new Client().get('/'), ModuleNotFoundError, "No module named 'mysite.middleware'");
    });
    register_module('mysite.middleware', {});
    override_settings({ MIDDLEWARE: ['mysite.middleware.Missing'] }, () => {
      raises(() => new Client().get('/'), ImportError, 'Module "mysite.middleware" does not define a "Missing" attribute/class');
    });
    override_settings({ MIDDLEWARE: 'mysite.middleware.Missing' }, () => {
      raises(() => new Client().get('/'), ImportError, "g doesn't look like a module path");
    });
  });

  it('a middleware factory that returns None', () => {
    install_urlconf('mysite.urls', { urlpatterns: [] });
    register_module('mysite.middleware', { broken: () => null });
    override_settings({ MIDDLEWARE: ['mysite.middleware.broken'] }, () => {
      raises(() => new Client().get('/'), ImproperlyConfigured, 'Middleware factory mysite.middleware.broken returned None.');
    });
    expect(settings.MIDDLEWARE).toEqual([]);
  });
});
