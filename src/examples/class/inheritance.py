from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=50)


# en: Multi-table inheritance gives Restaurant a table of its own.
# ru: При многотабличном наследовании у Restaurant своя таблица.
# es: La herencia multitabla le da a Restaurant una tabla propia.
class Restaurant(Place):
    seats = models.IntegerField(default=0)


# en: A proxy keeps using the table of Place.
# ru: Прокси продолжает пользоваться таблицей Place.
# es: Un proxy sigue usando la tabla de Place.
class Landmark(Place):
    class Meta:
        proxy = True


def chain(cls):
    return " -> ".join(klass.__qualname__ for klass in cls.__mro__ if klass is not object)


print(chain(Restaurant.DoesNotExist))
print(chain(Landmark.MultipleObjectsReturned))
print(chain(Restaurant.NotUpdated))

# en: An except clause for the parent catches the child's exception too...
# ru: Блок except для родителя перехватывает и исключение потомка...
# es: Una cláusula except para el padre también captura la excepción del hijo...
try:
    Restaurant.objects.get(name="Nowhere")
except Place.DoesNotExist as error:
    print("caught", type(error).__qualname__)

# en: ...while the reverse does not hold.
# ru: ...а обратное неверно.
# es: ...pero lo contrario no se cumple.
try:
    Place.objects.get(name="Nowhere")
except Exception as error:
    print(isinstance(error, Restaurant.DoesNotExist), isinstance(error, Place.DoesNotExist))
