import { HttpResponseRedirect } from 'django/http';
import { DisallowedRedirect } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

// en: A "next" parameter from the query string, used as a redirect target.
// ru: Параметр next из строки запроса в роли адреса перенаправления.
// es: Un parámetro «next» de la cadena de consulta, usado como destino de una redirección.
for (const next of ['/account/', 'https://example.com/', 'javascript:alert(document.cookie)']) {
  try {
    print(new HttpResponseRedirect(next).url);
  } catch (error) {
    if (!(error instanceof DisallowedRedirect)) throw error;
    print(repr(error));
  }
}
