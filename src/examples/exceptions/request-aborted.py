import asyncio

from django.conf import settings
from django.core.exceptions import RequestAborted
from django.core.handlers.asgi import ASGIHandler
from django.http import HttpResponse
from django.urls import path


def upload(request):
    return HttpResponse("stored")


urlpatterns = [path("upload/", upload)]
settings.ROOT_URLCONF = __name__
handler = ASGIHandler()


async def client_gone():
    return {"type": "http.disconnect"}


async def main():
    # en: The server reports that the client went away before the body was complete.
    # ru: Сервер сообщает, что клиент ушёл, не дослав тело запроса.
    # es: El servidor informa de que el cliente se fue antes de completar el cuerpo.
    try:
        await handler.read_body(client_gone)
    except RequestAborted as error:
        print(repr(error))

    # en: The handler catches it itself: no view runs and nothing is sent back.
    # ru: Обработчик перехватывает его сам: view не вызывается, и ничего не отправляется.
    # es: El manejador la captura por sí mismo: no se ejecuta ninguna vista y no se devuelve nada.
    messages = [
        {"type": "http.request", "body": b"half a fi", "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent = []

    async def receive():
        return messages.pop(0)

    async def send(message):
        sent.append(message)

    response = await handler({"type": "http", "method": "POST", "path": "/upload/"}, receive, send)
    print(response, sent)


asyncio.run(main())
