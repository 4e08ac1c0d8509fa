import asyncio

from asgiref.sync import sync_to_async
from django.db import models
from django.core.exceptions import SynchronousOnlyOperation


class Novel(models.Model):
    title = models.CharField(max_length=120)


Novel.objects.create(title="Dune")


# en: A coroutine runs with an event loop, as an async def view does.
# ru: Корутина выполняется в цикле событий, как view с async def.
# es: Una corrutina se ejecuta con un bucle de eventos, como lo hace una vista async def.
async def view():
    try:
        Novel.objects.get(pk=1)
    except SynchronousOnlyOperation as error:
        print(repr(error))

    # en: The async variant of the method works, and so does sync code wrapped in sync_to_async().
    # ru: Асинхронный вариант метода работает, как и синхронный код в обёртке sync_to_async().
    # es: La variante asíncrona del método funciona, y también el código síncrono envuelto en sync_to_async().
    novel = await Novel.objects.aget(pk=1)
    print("aget():", novel.title)
    count = await sync_to_async(Novel.objects.count)()
    print("sync_to_async(count):", count)


asyncio.run(view())
