# @database postgresql
import threading

from django.db import OperationalError, connection, models, transaction


class Product(models.Model):
    stock = models.IntegerField(default=0)


Product.objects.create(stock=10)
a_has_lock, b_is_done = threading.Event(), threading.Event()


# en: Two requests, each on its own connection. A locks the product and keeps its transaction open.
# ru: Два запроса, у каждого своё соединение. A блокирует товар и держит транзакцию открытой.
# es: Dos peticiones, cada una con su propia conexión. A bloquea el producto y mantiene abierta su transacción.
def request_a():
    with transaction.atomic():
        Product.objects.select_for_update().get(pk=1)
        a_has_lock.set()
        b_is_done.wait()
    connection.close()


# en: B asks for the same row with nowait=True: the database refuses at once instead of waiting.
# ru: B просит ту же строку с nowait=True: база сразу отказывает, а не ждёт.
# es: B pide la misma fila con nowait=True: la base de datos se niega de inmediato en lugar de esperar.
def request_b():
    a_has_lock.wait()
    try:
        with transaction.atomic():
            Product.objects.select_for_update(nowait=True).get(pk=1)
    except OperationalError as error:
        print("B:", repr(error))
    b_is_done.set()
    connection.close()


threads = [threading.Thread(target=request_a), threading.Thread(target=request_b)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
