from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=50)


class Cafe(Place):
    seats = models.IntegerField(default=20)


# en: The parent row is there already; the child row is not.
# ru: Строка родителя уже есть, строки потомка ещё нет.
# es: La fila del padre ya existe; la del hijo, no.
place = Place.objects.create(name="Dock 5")

# en: force_insert=True forces the INSERT for Cafe's own table only; the parent is updated.
# ru: force_insert=True требует INSERT только в таблицу Cafe, а родитель обновляется.
# es: force_insert=True fuerza el INSERT solo en la tabla propia de Cafe; el padre se actualiza.
cafe = Cafe(place_ptr_id=place.pk, name="Dock 5 Cafe")
cafe.save(force_insert=True)
print(Place.objects.get(pk=place.pk).name, Cafe.objects.count())

# en: A tuple of parents forces their INSERT too; (models.Model,) means all of them.
# ru: Кортеж родителей требует INSERT и для них; (models.Model,) означает всех.
# es: Una tupla de padres fuerza también su INSERT; (models.Model,) significa todos ellos.
fresh = Cafe(name="Pier Cafe")
fresh.save(force_insert=(models.Model,))
print(fresh.pk, Place.objects.count())

for bad in [(Cafe, "x"), "yes"]:
    try:
        Cafe(name="Nope").save(force_insert=bad)
    except Exception as error:
        print(repr(error))
