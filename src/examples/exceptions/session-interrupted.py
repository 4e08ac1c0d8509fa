from django.conf import settings
from django.contrib.sessions.backends.cache import SessionStore
from django.http import HttpResponse
from django.test import Client
from django.urls import path


def login(request):
    request.session["user"] = "ada"
    return HttpResponse("logged in")


def add_to_cart(request):
    request.session["cart"] = ["teapot"]
    # en: Meanwhile a logout in another tab deletes this session.
    # ru: Тем временем выход в соседней вкладке удаляет эту сессию.
    # es: Mientras tanto, un cierre de sesión en otra pestaña elimina esta sesión.
    SessionStore(request.session.session_key).delete()
    return HttpResponse("added")


urlpatterns = [path("login/", login), path("cart/", add_to_cart)]
settings.ROOT_URLCONF = __name__
settings.MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware"]

client = Client()
print(client.get("/login/").text)
# en: SessionMiddleware cannot save the changed session, raises SessionInterrupted: 400.
# ru: SessionMiddleware не может сохранить изменённую сессию и выбрасывает SessionInterrupted: 400.
# es: SessionMiddleware no puede guardar la sesión modificada y lanza SessionInterrupted: 400.
print(client.get("/cart/").status_code)
