from django.conf import settings
from django.core.exceptions import SuspiciousMultipartForm
from django.http import HttpResponse
from django.http.multipartparser import LazyStream
from django.test import Client
from django.urls import path


def upload(request):
    return HttpResponse(f"{len(request.POST)} fields")


urlpatterns = [path("upload/", upload)]
settings.ROOT_URLCONF = __name__

# en: Dozens of empty, header-less parts do not trip the parser: it skips them.
# ru: Десятки пустых частей без заголовков парсер не сбивают: он их пропускает.
# es: Decenas de partes vacías y sin cabeceras no confunden al analizador: las salta.
body = "--B\r\ngarbage\r\n" * 45 + "--B--\r\n"
response = Client().post("/upload/", body, content_type="multipart/form-data; boundary=B")
print(response.status_code, response.text)

# en: The guard is in LazyStream, which the parser reads through: the same bytes pushed back again and again mean a loop.
# ru: Защита стоит в LazyStream, через который читает парсер: одни и те же байты, возвращаемые снова и снова, означают зацикливание.
# es: La protección está en LazyStream, a través del cual lee el analizador: los mismos bytes devueltos una y otra vez indican un bucle.
stream = LazyStream(iter([b"--B\r\ngarbage\r\n"]))
try:
    while True:
        stream.unget(next(stream))
except SuspiciousMultipartForm as error:
    print(repr(error))
