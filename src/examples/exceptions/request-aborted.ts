import { ASGIHandler } from 'django/core/handlers/asgi';
import { HttpResponse } from 'django/http';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { RequestAborted } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

install_urlconf('mysite.urls', { urlpatterns: [path('upload/', () => new HttpResponse('stored'))] });
const handler = new ASGIHandler();

// en: The server reports that the client went away before the body was complete.
// ru: Сервер сообщает, что клиент ушёл, не дослав тело запроса.
// es: El servidor informa de que el cliente se fue antes de completar el cuerpo.
try {
  await handler.read_body(async () => ({ type: 'http.disconnect' as const }));
} catch (error) {
  if (!(error instanceof RequestAborted)) throw error;
  print(repr(error));
}

// en: The handler catches it itself: no view runs and nothing is sent back.
// ru: Обработчик перехватывает его сам: view не вызывается, и ничего не отправляется.
// es: El manejador la captura por sí mismo: no se ejecuta ninguna vista y no se devuelve nada.
const messages = [{ type: 'http.request' as const, body: 'half a fi', more_body: true }, { type: 'http.disconnect' as const }];
const sent: unknown[] = [];
const response = await handler.__call__(
  { type: 'http', method: 'POST', path: '/upload/' },
  async () => messages.shift()!,
  (message) => void sent.push(message),
);
print(response, sent);
