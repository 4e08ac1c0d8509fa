import { HttpResponse } from 'django/http';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { register_module } from 'sandbox/modules';
import { ViewDoesNotExist } from 'django/core/exceptions';
import { Client } from 'django/test';
import { settings } from 'django/conf';
import { print, repr } from 'python/builtins';

// en: mysite/views.py defines page_not_found, but the URLconf names it with a typo.
// ru: В mysite/views.py есть page_not_found, а URLconf называет его с опечаткой.
// es: mysite/views.py define page_not_found, pero el URLconf lo nombra con una errata.
function home(): HttpResponse {
  return new HttpResponse('home');
}
function page_not_found(): HttpResponse {
  return new HttpResponse('custom 404', { status: 404 });
}
register_module('mysite.views', { home, page_not_found });
install_urlconf('mysite.urls', { urlpatterns: [path('', home)], handler404: 'mysite.views.page_not_fund' });

// en: With DEBUG off, a 404 needs handler404, and importing it fails.
// ru: При выключенном DEBUG для 404 нужен handler404, а его импорт не удаётся.
// es: Con DEBUG desactivado, un 404 necesita handler404, y su importación falla.
settings.DEBUG = false;
try {
  new Client().get('/missing/');
} catch (error) {
  if (!(error instanceof ViewDoesNotExist)) throw error;
  print(repr(error));
}
