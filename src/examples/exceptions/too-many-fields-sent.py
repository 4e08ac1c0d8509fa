from django.conf import settings
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path


def search(request):
    return HttpResponse(f"{len(request.POST)} filters")


urlpatterns = [path("search/", search)]
settings.ROOT_URLCONF = __name__

client = Client()
# en: The default limit is 1000 parameters; 3 keeps the forms short.
# ru: По умолчанию предел — 1000 параметров; с пределом 3 формы получаются короткими.
# es: El límite predeterminado es de 1000 parámetros; con 3, los formularios quedan cortos.
with override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=3):
    print(client.post("/search/", {"q": "django", "page": "2"}).text)
    print(client.post("/search/", {"a": "1", "b": "2", "c": "3", "d": "4"}).status_code)
