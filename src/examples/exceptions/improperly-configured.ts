import { path, resolve } from 'django/urls';
import { HttpResponse } from 'django/http';
import { register_module } from 'sandbox/modules';
import { ImproperlyConfigured } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

function article(): HttpResponse {
  return new HttpResponse('article');
}

// en: A URL pattern with a converter that does not exist ("integer" instead of "int").
// ru: Шаблон URL с несуществующим конвертером (integer вместо int).
// es: Un patrón de URL con un conversor que no existe («integer» en lugar de «int»).
try {
  path('articles/<integer:year>/', article);
} catch (error) {
  if (!(error instanceof ImproperlyConfigured)) throw error;
  print(repr(error));
}

// en: A URLconf module whose list is misspelled, so Django finds no urlpatterns in it.
// ru: Модуль URLconf, где список назван с опечаткой, и Django не находит в нём urlpatterns.
// es: Un módulo URLconf con el nombre de la lista mal escrito, así que Django no encuentra urlpatterns en él.
register_module('blog.urls', { urlpattern: [path('articles/<int:year>/', article)] });
resolve('/articles/2026/', 'blog.urls');
