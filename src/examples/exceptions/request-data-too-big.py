from django.conf import settings
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path


def comment(request):
    return HttpResponse(f"got {len(request.POST.get('text'))} characters")


urlpatterns = [path("comment/", comment)]
settings.ROOT_URLCONF = __name__

client = Client()
# en: A small limit makes the point; the default is 2.5 MB.
# ru: Маленький предел нагляднее; по умолчанию он 2,5 МБ.
# es: Un límite pequeño basta para ilustrarlo; el valor predeterminado es 2,5 MB.
with override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=100):
    print(client.post("/comment/", {"text": "Nice post!"}).text)
    print(client.post("/comment/", {"text": "spam " * 50}).status_code)
