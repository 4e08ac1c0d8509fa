# @database postgresql
import threading

from django.db import connection, models, transaction


class Order(models.Model):
    status = models.CharField(max_length=10, default="new")


# en: Read, decide and write under the row lock; a missing row is still a DoesNotExist.
# ru: Читаем, решаем и пишем под блокировкой строки; отсутствие строки — по-прежнему DoesNotExist.
# es: Leer, decidir y escribir bajo el bloqueo de la fila; una fila ausente sigue siendo una DoesNotExist.
# en: The two hooks only let this script fix the order of the two requests.
# ru: Два хука нужны только для того, чтобы скрипт задал порядок двух запросов.
# es: before_lock y after_lock solo sirven para que este script fije el orden de las dos peticiones.
def pay(who, pk, *, before_lock=lambda: None, after_lock=lambda: None):
    with transaction.atomic():
        before_lock()
        try:
            order = Order.objects.select_for_update().get(pk=pk)
        except Order.DoesNotExist:
            return "no such order"
        after_lock()
        if order.status == "paid":
            return f"{who}: already paid, nothing to do"
        order.status = "paid"
        order.save(update_fields=["status"])
        return f"{who}: paid"


# en: Two requests pay the same order, each on its own connection; A takes the lock first.
# ru: Два запроса оплачивают один заказ, каждый в своём соединении; A первым берёт блокировку.
# es: Dos peticiones pagan el mismo pedido, cada una con su propia conexión; A toma el bloqueo primero.
Order.objects.create()
a_has_lock, b_is_waiting, a_is_done = threading.Event(), threading.Event(), threading.Event()
outcomes = {}


def after_a(execute, sql, params, many, context):
    # en: Only to keep the log in a fixed order: B's SELECT is written down after A's COMMIT.
    # ru: Только чтобы порядок в журнале был постоянным: SELECT у B записывается после COMMIT у A.
    # es: Solo para que el registro salga siempre en el mismo orden: el SELECT de B se anota después del COMMIT de A.
    result = execute(sql, params, many, context)
    a_is_done.wait()
    return result


def request(who, **hooks):
    if who == "B":
        with connection.execute_wrapper(after_a):
            outcomes[who] = pay(who, 1, **hooks)
    else:
        outcomes[who] = pay(who, 1, **hooks)
        a_is_done.set()
    connection.close()


def a_holds_lock():
    a_has_lock.set()
    b_is_waiting.wait()


a = threading.Thread(target=request, args=("A",), kwargs={"after_lock": a_holds_lock})
b = threading.Thread(target=request, args=("B",), kwargs={"before_lock": b_is_waiting.set})
a.start()
a_has_lock.wait()
b.start()
a.join()
b.join()

# en: B waited for A's COMMIT, then read the new status.
# ru: B дождался COMMIT у A и прочитал уже новый статус.
# es: B esperó al COMMIT de A y luego leyó el estado nuevo.
print(outcomes["A"])
print(outcomes["B"])
