from django.db import models


class Animal(models.Model):
    name = models.CharField(max_length=30)


class AnimalProxy(Animal):
    class Meta:
        proxy = True


class Dog(Animal):
    breed = models.CharField(max_length=30)


# en: Same concrete class and same primary key: equal, whatever the other fields hold.
# ru: Тот же конкретный класс и тот же первичный ключ — равны, что бы ни было в других полях.
# es: Misma clase concreta y misma clave primaria: son iguales, contengan lo que contengan los demás campos.
print(Animal(id=1, name="Rex") == Animal(id=1, name="Tom"))

# en: A proxy shares the concrete class; a multi-table child is a class apart.
# ru: У прокси-модели тот же конкретный класс, что у родителя; у многотабличного потомка — свой.
# es: Un proxy comparte la clase concreta; un hijo con herencia multitabla es una clase aparte.
print(Animal(id=1) == AnimalProxy(id=1))
print(Animal(id=1) == Dog(id=1))

# en: With no primary key, an instance equals only itself.
# ru: Без первичного ключа экземпляр равен только самому себе.
# es: Sin clave primaria, una instancia solo es igual a sí misma.
unsaved = Animal(name="Rex")
print(unsaved == Animal(name="Rex"), unsaved == unsaved)

# en: Something that is not a model instance is never equal.
# ru: Экземпляр никогда не равен значению, которое не является экземпляром модели.
# es: Lo que no es una instancia de modelo nunca es igual.
print(Animal(id=1) == 1)

# en: An instance loaded with only() equals its fully loaded counterpart.
# ru: Экземпляр, загруженный через only(), равен полностью загруженному.
# es: Una instancia cargada con only() es igual a su gemela cargada por completo.
rex = Animal.objects.create(name="Rex")
print(Animal.objects.only("id").get(pk=rex.pk) == rex)
