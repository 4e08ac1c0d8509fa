import { HttpRequest, HttpResponse } from 'django/http';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { PermissionDenied } from 'django/core/exceptions';
import { Client } from 'django/test';
import { print } from 'python/builtins';

// en: Only staff may export; everyone else gets 403 without the view building it.
// ru: Выгружать может только персонал; остальные получают 403, и view не нужно формировать ответ.
// es: Solo el personal puede exportar; los demás reciben un 403 sin que la vista llegue a construirlo.
function exportOrders(request: HttpRequest): HttpResponse {
  if (request.GET.get('staff') !== '1') throw new PermissionDenied();
  return new HttpResponse('orders.csv');
}
install_urlconf('mysite.urls', { urlpatterns: [path('export/', exportOrders)] });

const client = new Client();
print(client.get('/export/', { staff: '1' }).status_code);
print(client.get('/export/').status_code);
