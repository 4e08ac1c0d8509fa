import { HttpRequest, HttpResponse } from 'django/http';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { BadRequest } from 'django/core/exceptions';
import { Client } from 'django/test';
import { print } from 'python/builtins';

// en: The page number must be a positive integer; anything else is the client's mistake.
// ru: Номер страницы должен быть положительным целым; всё прочее — ошибка клиента.
// es: El número de página debe ser un entero positivo; cualquier otra cosa es un error del cliente.
function listing(request: HttpRequest): HttpResponse {
  const page = Number(request.GET.get('page') ?? '1');
  if (!Number.isInteger(page) || page < 1) throw new BadRequest('Invalid page number');
  return new HttpResponse(`page ${page}`);
}
install_urlconf('mysite.urls', { urlpatterns: [path('list/', listing)] });

const client = new Client();
print(client.get('/list/', { page: '2' }).text);
print(client.get('/list/', { page: 'last' }).status_code);
