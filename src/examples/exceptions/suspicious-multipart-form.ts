import { HttpRequest, HttpResponse } from 'django/http';
import { LazyStream } from 'django/http/multipartparser';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { SuspiciousMultipartForm } from 'django/core/exceptions';
import { Client } from 'django/test';
import { print, repr } from 'python/builtins';

function upload(request: HttpRequest): HttpResponse {
  return new HttpResponse(`${request.POST.size} fields`);
}
install_urlconf('mysite.urls', { urlpatterns: [path('upload/', upload)] });

// en: Dozens of empty, header-less parts do not trip the parser: it skips them.
// ru: Десятки пустых частей без заголовков парсер не сбивают: он их пропускает.
// es: Decenas de partes vacías y sin cabeceras no confunden al analizador: las salta.
const body = `${'--B\r\ngarbage\r\n'.repeat(45)}--B--\r\n`;
const response = new Client().post('/upload/', body, { content_type: 'multipart/form-data; boundary=B' });
print(response.status_code, response.text);

// en: The guard is in LazyStream, which the parser reads through: the same bytes pushed back again and again mean a loop.
// ru: Защита стоит в LazyStream, через который читает парсер: одни и те же байты, возвращаемые снова и снова, означают зацикливание.
// es: La protección está en LazyStream, a través del cual lee el analizador: los mismos bytes devueltos una y otra vez indican un bucle.
const stream = new LazyStream(['--B\r\ngarbage\r\n']);
try {
  for (;;) stream.unget(stream.__next__());
} catch (error) {
  if (!(error instanceof SuspiciousMultipartForm)) throw error;
  print(repr(error));
}
