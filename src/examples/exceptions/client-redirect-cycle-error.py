from django.conf import settings
from django.http import HttpResponseRedirect
from django.test import Client
from django.test.client import RedirectCycleError
from django.urls import path

# en: /login/ sends users to /account/, which sends them back to /login/.
# ru: /login/ отправляет на /account/, а тот обратно на /login/.
# es: /login/ manda a los usuarios a /account/, que los devuelve a /login/.
urlpatterns = [
    path("login/", lambda request: HttpResponseRedirect("/account/")),
    path("account/", lambda request: HttpResponseRedirect("/login/")),
]
settings.ROOT_URLCONF = __name__

try:
    Client().get("/login/", follow=True)
except RedirectCycleError as error:
    print(repr(error))
    # en: The chain of (url, status) pairs the client followed before giving up.
    # ru: Цепочка пар (url, статус), по которой клиент прошёл, прежде чем сдаться.
    # es: La cadena de pares (url, estado) que siguió el cliente antes de rendirse.
    print([f"{status} {url}" for url, status in error.redirect_chain])
