from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import HttpResponse
from django.test import Client
from django.urls import path


# en: A view that refuses input only a tampered form could send.
# ru: View, которое отвергает данные, возможные только в подделанной форме.
# es: Una vista que rechaza datos que solo un formulario manipulado podría enviar.
def vote(request):
    choice = request.GET.get("choice")
    if choice not in ["yes", "no"]:
        raise SuspiciousOperation(f"Unexpected choice {choice}")
    return HttpResponse("thanks")


urlpatterns = [path("vote/", vote)]
settings.ROOT_URLCONF = __name__

# en: The handler logs it under django.security.SuspiciousOperation and answers 400.
# ru: Обработчик пишет его в django.security.SuspiciousOperation и отвечает 400.
# es: El manejador la registra en django.security.SuspiciousOperation y responde con un 400.
client = Client()
print(client.get("/vote/", {"choice": "yes"}).status_code)
print(client.get("/vote/", {"choice": "maybe"}).status_code)
