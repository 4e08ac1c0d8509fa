from django.db import models
from django.db.models import F


class Product(models.Model):
    stock = models.IntegerField(default=0)


product = Product.objects.create(stock=10)

# en: A and B both read stock = 10, and each writes back its own result.
# ru: A и B оба читают stock = 10, и каждый записывает свой результат.
# es: A y B leen stock = 10, y cada uno guarda su propio resultado.
a = Product.objects.get(pk=product.pk)
b = Product.objects.get(pk=product.pk)
a.stock -= 1
a.save()
b.stock -= 1
b.save()
print("two sales, read-modify-write ->", Product.objects.get(pk=product.pk).stock)

# en: With F() the database subtracts from whatever value it holds at that moment.
# ru: С F() база вычитает из того значения, которое хранит в этот момент.
# es: Con F(), la base de datos resta del valor que tenga guardado en ese momento.
Product.objects.filter(pk=product.pk).update(stock=10)
Product.objects.filter(pk=product.pk).update(stock=F("stock") - 1)
Product.objects.filter(pk=product.pk).update(stock=F("stock") - 1)
print("two sales, F() ->", Product.objects.get(pk=product.pk).stock)

# en: On an instance: assign the expression, save, read the new value (Django 6.0+).
# ru: На экземпляре: присваиваем выражение, сохраняем, читаем новое значение (Django 6.0+).
# es: En una instancia: asignar la expresión, guardar y leer el valor nuevo (Django 6.0+).
a.stock = F("stock") - 1
a.save()
print("instance after save ->", a.stock)
