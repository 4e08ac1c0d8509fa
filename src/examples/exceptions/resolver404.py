from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import Resolver404, path, resolve


def article(request, year):
    return HttpResponse("article")


urlpatterns = [path("articles/<int:year>/", article, name="archive")]
settings.ROOT_URLCONF = __name__

# en: Is a path from user input one of our pages?
# ru: Ведёт ли присланный путь на одну из наших страниц?
# es: ¿La ruta que envía el usuario lleva a una de nuestras páginas?
for candidate in ["/articles/2026/", "/articles/latest/"]:
    try:
        match = resolve(candidate)
        print(match.url_name, match.kwargs)
    except Resolver404 as error:
        print(repr(error))
        print(isinstance(error, Http404))
