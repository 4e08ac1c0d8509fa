from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpResponse
from django.test import Client
from django.urls import path


# en: The page number must be a positive integer; anything else is the client's mistake.
# ru: Номер страницы должен быть положительным целым; всё прочее — ошибка клиента.
# es: El número de página debe ser un entero positivo; cualquier otra cosa es un error del cliente.
def listing(request):
    page = request.GET.get("page", "1")
    if not page.isdigit() or int(page) < 1:
        raise BadRequest("Invalid page number")
    return HttpResponse(f"page {int(page)}")


urlpatterns = [path("list/", listing)]
settings.ROOT_URLCONF = __name__

client = Client()
print(client.get("/list/", {"page": "2"}).text)
print(client.get("/list/", {"page": "last"}).status_code)
