from django.db import models


class Order(models.Model):
    status = models.CharField(max_length=10, default="new")


order = Order.objects.create()

# en: Request A loads the order as a long request begins.
# ru: Запрос A загружает заказ в начале долгой обработки.
# es: La petición A carga el pedido al comenzar una petición larga.
loaded = Order.objects.get(pk=order.pk)

# en: Process B, a background job, removes stale orders.
# ru: Процесс B, фоновая задача, удаляет устаревшие заказы.
# es: El proceso B, una tarea en segundo plano, elimina los pedidos abandonados.
Order.objects.filter(status="new").delete()

# en: The last step of request A reloads the order, but the row is gone.
# ru: Последний шаг запроса A перечитывает заказ, а строки уже нет.
# es: El último paso de la petición A vuelve a cargar el pedido, pero la fila ya no existe.
try:
    loaded.refresh_from_db()
except Order.DoesNotExist as error:
    print("A: refresh_from_db() ->", repr(error))

# en: A single UPDATE needs no read first, and says how many rows it matched.
# ru: Одному UPDATE не нужно предварительное чтение, и он сообщает, сколько строк подошло.
# es: Un único UPDATE no necesita leer antes e indica con cuántas filas coincidió.
matched = Order.objects.filter(pk=loaded.pk).update(status="paid")
print("A: update() matched", matched, "rows")
if matched == 0:
    print("A: the order was removed meanwhile; tell the user")
