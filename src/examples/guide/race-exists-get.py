from django.db import models


class Cart(models.Model):
    items = models.IntegerField(default=0)


cart = Cart.objects.create(items=2)

# en: Request A makes sure the cart exists.
# ru: Запрос A проверяет, что корзина существует.
# es: La petición A se asegura de que el carrito exista.
seen = Cart.objects.filter(pk=cart.pk).exists()
print("A: exists() ->", seen)

# en: Meanwhile process B, a clean-up job, deletes it.
# ru: Тем временем процесс B, задача очистки, её удаляет.
# es: Mientras tanto, el proceso B, una tarea de limpieza, lo elimina.
deleted, _ = Cart.objects.filter(pk=cart.pk).delete()
print("B: delete() removed", deleted, "row")

# en: Request A relies on its check and calls get().
# ru: Запрос A полагается на свою проверку и вызывает get().
# es: La petición A confía en su comprobación y llama a get().
try:
    Cart.objects.get(pk=cart.pk)
except Cart.DoesNotExist as error:
    print("A: get() ->", repr(error))


# en: Fix 1: drop the check and handle the miss where get() reports it.
# ru: Исправление 1: убираем проверку и обрабатываем промах там, где о нём сообщает get().
# es: Corrección 1: quitar la comprobación y tratar la fila ausente donde get() la señala.
def load_cart(pk):
    try:
        return Cart.objects.get(pk=pk)
    except Cart.DoesNotExist:
        return None


print("fix 1 ->", load_cart(cart.pk))

# en: Fix 2: a single query that answers None rather than raising.
# ru: Исправление 2: один запрос, который возвращает None, а не выбрасывает исключение.
# es: Corrección 2: una sola consulta que devuelve None en lugar de lanzar una excepción.
print("fix 2 ->", Cart.objects.filter(pk=cart.pk).first())
