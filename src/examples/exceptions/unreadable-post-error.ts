import { HttpRequest, HttpResponse, UnreadablePostError } from 'django/http';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { Client } from 'django/test';
import { OSError, print, repr } from 'python/builtins';

function upload(request: HttpRequest): HttpResponse {
  return new HttpResponse(`title: ${request.POST.get('title')}`);
}
install_urlconf('mysite.urls', { urlpatterns: [path('upload/', upload)] });

// en: The body of a client that broke off its upload: reading it fails, as a WSGI server reports it.
// ru: Тело запроса от клиента, прервавшего загрузку: чтение падает так, как об этом сообщает WSGI-сервер.
// es: El cuerpo de un cliente que interrumpió la subida: leerlo falla, tal como lo comunicaría un servidor WSGI.
class BrokenUpload {
  read(): Uint8Array {
    throw new OSError('request data read error');
  }
}

// en: The view fails while reading request.POST, and the test client raises the error again.
// ru: View падает на чтении request.POST, а тестовый клиент выбрасывает ошибку повторно.
// es: La vista falla al leer request.POST, y el cliente de pruebas vuelve a lanzar el error.
try {
  new Client().post('/upload/', 'title=Holiday&size=1024', {
    content_type: 'application/x-www-form-urlencoded',
    'wsgi.input': new BrokenUpload(),
  });
} catch (error) {
  if (!(error instanceof UnreadablePostError)) throw error;
  print(repr(error));
}
