import { HttpRequest } from 'django/http';
import { DisallowedHost } from 'django/core/exceptions';
import { settings } from 'django/conf';
import { print, repr } from 'python/builtins';

settings.ALLOWED_HOSTS = ['.example.com'];

// en: get_host() checks the Host header against ALLOWED_HOSTS.
// ru: get_host() сверяет заголовок Host с ALLOWED_HOSTS.
// es: get_host() compara la cabecera Host con ALLOWED_HOSTS.
for (const host of ['www.example.com', 'evil.test']) {
  const request = new HttpRequest();
  request.META = { HTTP_HOST: host };
  try {
    print(request.get_host());
  } catch (error) {
    if (!(error instanceof DisallowedHost)) throw error;
    print(repr(error));
  }
}
