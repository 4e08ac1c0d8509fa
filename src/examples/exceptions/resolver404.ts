import { HttpResponse, Http404 } from 'django/http';
import { path, resolve, Resolver404 } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { print, repr } from 'python/builtins';

function article(): HttpResponse {
  return new HttpResponse('article');
}
install_urlconf('mysite.urls', { urlpatterns: [path('articles/<int:year>/', article, { name: 'archive' })] });

// en: Is a path from user input one of our pages?
// ru: Ведёт ли присланный путь на одну из наших страниц?
// es: ¿La ruta que envía el usuario lleva a una de nuestras páginas?
for (const candidate of ['/articles/2026/', '/articles/latest/']) {
  try {
    const match = resolve(candidate);
    print(match.url_name, match.kwargs);
  } catch (error) {
    if (!(error instanceof Resolver404)) throw error;
    print(repr(error));
    print(error instanceof Http404);
  }
}
