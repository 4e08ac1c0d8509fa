import { HttpRequest, HttpResponse } from 'django/http';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { Client, override_settings } from 'django/test';
import { print } from 'python/builtins';

function comment(request: HttpRequest): HttpResponse {
  return new HttpResponse(`got ${String(request.POST.get('text')).length} characters`);
}
install_urlconf('mysite.urls', { urlpatterns: [path('comment/', comment)] });

const client = new Client();
// en: A small limit makes the point; the default is 2.5 MB.
// ru: Маленький предел нагляднее; по умолчанию он 2,5 МБ.
// es: Un límite pequeño basta para ilustrarlo; el valor predeterminado es 2,5 MB.
override_settings({ DATA_UPLOAD_MAX_MEMORY_SIZE: 100 }, () => {
  print(client.post('/comment/', { text: 'Nice post!' }).text);
  print(client.post('/comment/', { text: 'spam '.repeat(50) }).status_code);
});
