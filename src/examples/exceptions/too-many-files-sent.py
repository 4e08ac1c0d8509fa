from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path


def gallery(request):
    return HttpResponse(f"files received: {len(request.FILES)}")


urlpatterns = [path("gallery/", gallery)]
settings.ROOT_URLCONF = __name__

photos = {
    "a": SimpleUploadedFile("a.jpg", b"1"),
    "b": SimpleUploadedFile("b.jpg", b"2"),
    "c": SimpleUploadedFile("c.jpg", b"3"),
}
client = Client()
# en: The default is 100 files per request; here it is 2.
# ru: По умолчанию — 100 файлов на запрос; здесь — 2.
# es: El valor predeterminado es de 100 archivos por petición; aquí es 2.
with override_settings(DATA_UPLOAD_MAX_NUMBER_FILES=2):
    print(client.post("/gallery/", {"a": photos["a"]}).text)
    print(client.post("/gallery/", photos).status_code)
