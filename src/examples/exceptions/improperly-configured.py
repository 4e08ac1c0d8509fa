import sys
import types

from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.urls import path, resolve


def article(request, year):
    return HttpResponse("article")


# en: A URL pattern with a converter that does not exist ("integer" instead of "int").
# ru: Шаблон URL с несуществующим конвертером (integer вместо int).
# es: Un patrón de URL con un conversor que no existe («integer» en lugar de «int»).
try:
    path("articles/<integer:year>/", article)
except ImproperlyConfigured as error:
    print(repr(error))

# en: A URLconf module whose list is misspelled, so Django finds no urlpatterns in it.
# ru: Модуль URLconf, где список назван с опечаткой, и Django не находит в нём urlpatterns.
# es: Un módulo URLconf con el nombre de la lista mal escrito, así que Django no encuentra urlpatterns en él.
blog_urls = types.ModuleType("blog.urls")
blog_urls.urlpattern = [path("articles/<int:year>/", article)]
sys.modules["blog.urls"] = blog_urls
resolve("/articles/2026/", "blog.urls")
