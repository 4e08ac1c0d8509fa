import { HttpRequest, HttpResponse } from 'django/http';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { Client, override_settings } from 'django/test';
import { SimpleUploadedFile } from 'django/core/files/uploadedfile';
import { print } from 'python/builtins';

function gallery(request: HttpRequest): HttpResponse {
  return new HttpResponse(`files received: ${request.FILES.size}`);
}
install_urlconf('mysite.urls', { urlpatterns: [path('gallery/', gallery)] });

const photos = {
  a: new SimpleUploadedFile('a.jpg', '1'),
  b: new SimpleUploadedFile('b.jpg', '2'),
  c: new SimpleUploadedFile('c.jpg', '3'),
};
const client = new Client();
// en: The default is 100 files per request; here it is 2.
// ru: По умолчанию — 100 файлов на запрос; здесь — 2.
// es: El valor predeterminado es de 100 archivos por petición; aquí es 2.
override_settings({ DATA_UPLOAD_MAX_NUMBER_FILES: 2 }, () => {
  print(client.post('/gallery/', { a: photos.a }).text);
  print(client.post('/gallery/', photos).status_code);
});
