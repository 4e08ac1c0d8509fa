import sys
import types

from django.conf import settings
from django.db import models
from django.urls import path, reverse


def person_detail(request, pk):
    return "a view"


# en: The project's URLconf, as mysite/urls.py would hold it.
# ru: URLconf проекта — то, что лежало бы в mysite/urls.py.
# es: El URLconf del proyecto, tal como estaría en mysite/urls.py.
urls = types.ModuleType("mysite.urls")
urls.urlpatterns = [path("people/<int:pk>/", person_detail, name="people-detail")]
sys.modules["mysite.urls"] = urls
settings.ROOT_URLCONF = "mysite.urls"


class Person(models.Model):
    name = models.CharField(max_length=50)

    # en: reverse() builds the canonical URL; no gluing by hand.
    # ru: Канонический URL строит reverse(), а не склейка вручную.
    # es: reverse() construye la URL canónica; nada de pegar trozos a mano.
    def get_absolute_url(self):
        return reverse("people-detail", kwargs={"pk": self.pk})


class Profile(models.Model):
    name = models.CharField(max_length=50)

    # en: A trap: the URL is glued together from input nobody validated.
    # ru: Ловушка: URL склеен из никем не проверенного ввода.
    # es: Una trampa: la URL se arma pegando datos de entrada que nadie validó.
    def get_absolute_url(self):
        return f"/{self.name}/"


ada = Person.objects.create(name="Ada")
print(ada.get_absolute_url())

# en: This "relative" URL leads to another site.
# ru: Этот «относительный» URL ведёт на другой сайт.
# es: Esta URL «relativa» lleva a otro sitio.
print(Profile(name="/example.com").get_absolute_url())

# en: Model does not define the method; every model adds its own.
# ru: В самом Model этого метода нет — каждая модель добавляет свой.
# es: Model no define el método; cada modelo añade el suyo.
print(hasattr(models.Model, "get_absolute_url"))
