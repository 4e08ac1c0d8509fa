import { HttpResponseRedirect } from 'django/http';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { Client } from 'django/test';
import { RedirectCycleError } from 'django/test/client';
import { print, repr } from 'python/builtins';

// en: /login/ sends users to /account/, which sends them back to /login/.
// ru: /login/ отправляет на /account/, а тот обратно на /login/.
// es: /login/ manda a los usuarios a /account/, que los devuelve a /login/.
install_urlconf('mysite.urls', {
  urlpatterns: [
    path('login/', () => new HttpResponseRedirect('/account/')),
    path('account/', () => new HttpResponseRedirect('/login/')),
  ],
});

try {
  new Client().get('/login/', {}, { follow: true });
} catch (error) {
  if (!(error instanceof RedirectCycleError)) throw error;
  print(repr(error));
  // en: The chain of (url, status) pairs the client followed before giving up.
  // ru: Цепочка пар (url, статус), по которой клиент прошёл, прежде чем сдаться.
  // es: La cadena de pares (url, estado) que siguió el cliente antes de rendirse.
  print(error.redirect_chain.map(([url, status]) => `${status} ${url}`));
}
