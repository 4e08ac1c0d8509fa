import { HttpRequest, HttpResponse } from 'django/http';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { Client, override_settings } from 'django/test';
import { print } from 'python/builtins';

function search(request: HttpRequest): HttpResponse {
  return new HttpResponse(`${request.POST.size} filters`);
}
install_urlconf('mysite.urls', { urlpatterns: [path('search/', search)] });

const client = new Client();
// en: The default limit is 1000 parameters; 3 keeps the forms short.
// ru: По умолчанию предел — 1000 параметров; с пределом 3 формы получаются короткими.
// es: El límite predeterminado es de 1000 parámetros; con 3, los formularios quedan cortos.
override_settings({ DATA_UPLOAD_MAX_NUMBER_FIELDS: 3 }, () => {
  print(client.post('/search/', { q: 'django', page: '2' }).text);
  print(client.post('/search/', { a: '1', b: '2', c: '3', d: '4' }).status_code);
});
