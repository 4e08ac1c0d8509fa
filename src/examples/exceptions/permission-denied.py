from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import Client
from django.urls import path


# en: Only staff may export; everyone else gets 403 without the view building it.
# ru: Выгружать может только персонал; остальные получают 403, и view не нужно формировать ответ.
# es: Solo el personal puede exportar; los demás reciben un 403 sin que la vista llegue a construirlo.
def export_orders(request):
    if request.GET.get("staff") != "1":
        raise PermissionDenied
    return HttpResponse("orders.csv")


urlpatterns = [path("export/", export_orders)]
settings.ROOT_URLCONF = __name__

client = Client()
print(client.get("/export/", {"staff": "1"}).status_code)
print(client.get("/export/").status_code)
