from django.db import models


class Shop(models.Model):
    name = models.CharField(max_length=50)


class LiveManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(removed=False)


class Order(models.Model):
    number = models.IntegerField()
    removed = models.BooleanField(default=False)
    shop = models.ForeignKey(Shop, on_delete=models.CASCADE)
    objects = models.Manager()
    live = LiveManager()


shop = Shop.objects.create(name="Corner")
order = Order.objects.create(number=7, shop=shop)

# en: One query reloads the order together with its shop, which stays cached.
# ru: Один запрос перечитывает заказ вместе с магазином, и магазин остаётся в кеше.
# es: Una sola consulta recarga el pedido junto con su tienda, que queda en caché.
order.refresh_from_db(from_queryset=Order.objects.select_related("shop"))
print(order.shop.name)

# en: A manager that hides soft-deleted rows no longer finds a removed order.
# ru: Менеджер, который прячет помеченные удалёнными строки, удалённый заказ уже не находит.
# es: Un gestor que oculta las filas eliminadas de forma lógica ya no encuentra un pedido eliminado.
Order.objects.filter(pk=order.pk).update(removed=True)
try:
    order.refresh_from_db(from_queryset=Order.live.all())
except Order.DoesNotExist as error:
    print(repr(error))
