import logging

from django.db import models

logger = logging.getLogger("shop.carts")


class Cart(models.Model):
    owner = models.CharField(max_length=30)


# en: Log what it takes to replay the miss: the id, the user and the exception.
# ru: Пишем в журнал всё, что нужно, чтобы повторить промах: id, пользователя и исключение.
# es: Registrar lo necesario para reproducir la consulta fallida: el id, el usuario y la excepción.
def load_cart(pk, user):
    try:
        return Cart.objects.get(pk=pk)
    except Cart.DoesNotExist as error:
        logger.warning("cart %s not found for user %s: %r", pk, user, error)
        return None


print(load_cart(7, "ann"))
