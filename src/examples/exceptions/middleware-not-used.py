import logging
import sys
import types

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.http import HttpResponse
from django.test import Client
from django.urls import path


# en: A timing middleware that switches itself off unless a setting asks for it.
# ru: Промежуточный слой замера времени, который отключает себя, если замер не включён в настройках.
# es: Un middleware de medición de tiempos que se desactiva salvo que un ajuste de la configuración lo pida.
class TimingMiddleware:
    def __init__(self, get_response):
        if not settings.TIMING_ENABLED:
            raise MiddlewareNotUsed("TIMING_ENABLED is off")
        self.get_response = get_response


middleware_module = types.ModuleType("mysite.middleware")
middleware_module.TimingMiddleware = TimingMiddleware
sys.modules["mysite.middleware"] = middleware_module
urlpatterns = [path("", lambda request: HttpResponse("home"))]
settings.ROOT_URLCONF = __name__

settings.TIMING_ENABLED = False
settings.MIDDLEWARE = ["mysite.middleware.TimingMiddleware"]
# en: Django mentions the skipped middleware at the debug level of django.request: show it.
# ru: О пропущенном слое Django пишет в django.request на отладочном уровне: покажем это.
# es: Django menciona el middleware omitido en el nivel debug de django.request: se muestra aquí.
request_logger = logging.getLogger("django.request")
request_logger.setLevel(logging.DEBUG)
request_logger.addHandler(logging.StreamHandler())
print(Client().get("/").text)
