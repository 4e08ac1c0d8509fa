import io

from django.conf import settings
from django.http import HttpResponse, UnreadablePostError
from django.test import Client
from django.urls import path


def upload(request):
    return HttpResponse(f"title: {request.POST.get('title')}")


urlpatterns = [path("upload/", upload)]
settings.ROOT_URLCONF = __name__


# en: The body of a client that broke off its upload: reading it fails, as a WSGI server reports it.
# ru: Тело запроса от клиента, прервавшего загрузку: чтение падает так, как об этом сообщает WSGI-сервер.
# es: El cuerpo de un cliente que interrumpió la subida: leerlo falla, tal como lo comunicaría un servidor WSGI.
class BrokenUpload(io.BytesIO):
    def read(self, size=-1):
        raise OSError("request data read error")


# en: The view fails while reading request.POST, and the test client raises the error again.
# ru: View падает на чтении request.POST, а тестовый клиент выбрасывает ошибку повторно.
# es: La vista falla al leer request.POST, y el cliente de pruebas vuelve a lanzar el error.
try:
    Client().post(
        "/upload/",
        "title=Holiday&size=1024",
        content_type="application/x-www-form-urlencoded",
        **{"wsgi.input": BrokenUpload()},
    )
except UnreadablePostError as error:
    print(repr(error))
