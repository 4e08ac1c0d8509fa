import sys
import types

from django.conf import settings
from django.core.exceptions import ViewDoesNotExist
from django.http import HttpResponse
from django.test import Client
from django.urls import path


# en: mysite/views.py defines page_not_found, but the URLconf names it with a typo.
# ru: В mysite/views.py есть page_not_found, а URLconf называет его с опечаткой.
# es: mysite/views.py define page_not_found, pero el URLconf lo nombra con una errata.
def home(request):
    return HttpResponse("home")


def page_not_found(request, exception):
    return HttpResponse("custom 404", status=404)


views = types.ModuleType("mysite.views")
views.home = home
views.page_not_found = page_not_found
sys.modules["mysite.views"] = views

urlpatterns = [path("", home)]
handler404 = "mysite.views.page_not_fund"
settings.ROOT_URLCONF = __name__

# en: With DEBUG off, a 404 needs handler404, and importing it fails.
# ru: При выключенном DEBUG для 404 нужен handler404, а его импорт не удаётся.
# es: Con DEBUG desactivado, un 404 necesita handler404, y su importación falla.
settings.DEBUG = False
try:
    Client().get("/missing/")
except ViewDoesNotExist as error:
    print(repr(error))
