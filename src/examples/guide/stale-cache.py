import time
from unittest import mock

from django.core.cache import cache
from django.db import models


class Cart(models.Model):
    items = models.IntegerField(default=0)


def cached_cart(pk):
    hit = cache.get(f"cart:{pk}")
    if hit is not None:
        return hit
    cart = Cart.objects.get(pk=pk)
    cache.set(f"cart:{pk}", cart)
    return cart


pk = Cart.objects.create(items=1).pk
print("A: first request ->", repr(cached_cart(pk)))
# en: The moment the entry was stored: the clock below is moved from here, as a test would.
# ru: Момент, когда запись попала в кеш: от него часы ниже переводят вперёд, как это сделал бы тест.
# es: El momento en que se guardó la entrada: desde aquí se adelanta el reloj de más abajo, como haría una prueba.
stored_at = time.time()

# en: Process B deletes the row and leaves the cache entry behind.
# ru: Процесс B удаляет строку, а запись в кеше оставляет.
# es: El proceso B elimina la fila y deja la entrada en la caché.
Cart.objects.filter(pk=pk).delete()

# en: Request A is answered from the cache: no error, and a cart that is gone.
# ru: Запрос A получает ответ из кеша: ошибки нет, а корзины уже нет.
# es: La petición A recibe la respuesta de la caché: ningún error, y un carrito que ya no existe.
stale = cached_cart(pk)
print("A: from cache ->", repr(stale))

# en: The failure shows up later, at the first step that touches the row.
# ru: Сбой проявляется позже, на первом шаге, который касается строки.
# es: El fallo aparece más tarde, en el primer paso que toca la fila.
stale.items = 3
try:
    stale.save(update_fields=["items"])
except Cart.NotUpdated as error:
    print("A: save(update_fields) ->", repr(error))
try:
    stale.refresh_from_db()
except Cart.DoesNotExist as error:
    print("A: refresh_from_db() ->", repr(error))

# en: The entry lives for the default 300 seconds; only then does the miss reach the database.
# ru: Запись живёт стандартные 300 секунд, и только потом промах доходит до базы.
# es: La entrada dura los 300 segundos predeterminados; solo entonces el fallo de caché lleva la consulta a la base de datos.
with mock.patch("time.time", return_value=stored_at + 299):
    print("A: 299 s later ->", repr(cached_cart(pk)))
with mock.patch("time.time", return_value=stored_at + 300):
    try:
        cached_cart(pk)
    except Cart.DoesNotExist as error:
        print("A: 300 s later ->", repr(error))


# en: The fix: whoever deletes the row deletes its cache entry too.
# ru: Исправление: кто удаляет строку, тот удаляет и её запись в кеше.
# es: La corrección: quien elimina la fila elimina también su entrada de la caché.
def delete_cart(cart_pk):
    Cart.objects.filter(pk=cart_pk).delete()
    cache.delete(f"cart:{cart_pk}")


pk2 = Cart.objects.create(items=1).pk
cached_cart(pk2)
delete_cart(pk2)
print("A: after invalidation ->", Cart.objects.filter(pk=pk2).first())
