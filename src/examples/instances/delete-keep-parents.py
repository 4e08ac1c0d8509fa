from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=50)


class Restaurant(Place):
    cuisine = models.CharField(max_length=30)


diner = Restaurant.objects.create(name="Route 9", cuisine="diner")
bistro = Restaurant.objects.create(name="Chez Lu", cuisine="french")

# en: With keep_parents=True only the Restaurant row goes; the Place row remains.
# ru: С keep_parents=True удаляется только строка Restaurant, строка Place остаётся.
# es: Con keep_parents=True solo desaparece la fila de Restaurant; la de Place se mantiene.
print(*diner.delete(keep_parents=True))
print(*bistro.delete())
print(repr(Place.objects.values_list("name", flat=True)))
