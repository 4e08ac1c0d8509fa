import { HttpRequest, HttpResponse } from 'django/http';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { SessionStore } from 'django/contrib/sessions/backends/cache';
import { Client } from 'django/test';
import { settings } from 'django/conf';
import { print } from 'python/builtins';
import 'django/contrib/sessions/middleware';

function login(request: HttpRequest): HttpResponse {
  request.session.__setitem__('user', 'ada');
  return new HttpResponse('logged in');
}
function addToCart(request: HttpRequest): HttpResponse {
  request.session.__setitem__('cart', ['teapot']);
  // en: Meanwhile a logout in another tab deletes this session.
  // ru: Тем временем выход в соседней вкладке удаляет эту сессию.
  // es: Mientras tanto, un cierre de sesión en otra pestaña elimina esta sesión.
  new SessionStore(request.session.session_key).delete();
  return new HttpResponse('added');
}
install_urlconf('mysite.urls', { urlpatterns: [path('login/', login), path('cart/', addToCart)] });
settings.MIDDLEWARE = ['django.contrib.sessions.middleware.SessionMiddleware'];

const client = new Client();
print(client.get('/login/').text);
// en: SessionMiddleware cannot save the changed session, raises SessionInterrupted: 400.
// ru: SessionMiddleware не может сохранить изменённую сессию и выбрасывает SessionInterrupted: 400.
// es: SessionMiddleware no puede guardar la sesión modificada y lanza SessionInterrupted: 400.
print(client.get('/cart/').status_code);
