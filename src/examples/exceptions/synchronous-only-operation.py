import asyncio

from asgiref.sync import sync_to_async
from django.db import models
from django.core.exceptions import SynchronousOnlyOperation


class Book(models.Model):
    title = models.CharField(max_length=100)


Book.objects.create(title="Dune")


# en: A coroutine runs with an event loop, as an async def view does.
# ru: Сопрограмма выполняется в цикле событий, как представление async def.
async def view():
    try:
        Book.objects.get(pk=1)
    except SynchronousOnlyOperation as error:
        print(repr(error))

    # en: The async variant of the method works, and so does sync code wrapped in sync_to_async().
    # ru: Асинхронный вариант метода работает, как и синхронный код в обёртке sync_to_async().
    book = await Book.objects.aget(pk=1)
    print("aget():", book.title)
    count = await sync_to_async(Book.objects.count)()
    print("sync_to_async(count):", count)


asyncio.run(view())
