import { HttpResponse } from 'django/http';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { register_module } from 'sandbox/modules';
import { MiddlewareNotUsed } from 'django/core/exceptions';
import { Client } from 'django/test';
import { settings } from 'django/conf';
import { print } from 'python/builtins';
import { DEBUG, StreamHandler, getLogger } from 'python/logging';

// en: A timing middleware that switches itself off unless a setting asks for it.
// ru: Промежуточный слой замера времени, который отключает себя, если замер не включён в настройках.
// es: Un middleware de medición de tiempos que se desactiva salvo que un ajuste de la configuración lo pida.
class TimingMiddleware {
  declare get_response: (request: unknown) => unknown;
  constructor(get_response: (request: unknown) => unknown) {
    if (!settings.TIMING_ENABLED) throw new MiddlewareNotUsed('TIMING_ENABLED is off');
    this.get_response = get_response;
  }
}
register_module('mysite.middleware', { TimingMiddleware });
install_urlconf('mysite.urls', { urlpatterns: [path('', () => new HttpResponse('home'))] });

settings.TIMING_ENABLED = false;
settings.MIDDLEWARE = ['mysite.middleware.TimingMiddleware'];
// en: Django mentions the skipped middleware at the debug level of django.request: show it.
// ru: О пропущенном слое Django пишет в django.request на отладочном уровне: покажем это.
// es: Django menciona el middleware omitido en el nivel debug de django.request: se muestra aquí.
const requestLogger = getLogger('django.request');
requestLogger.setLevel(DEBUG);
requestLogger.addHandler(new StreamHandler());
print(new Client().get('/').text);
