from django.db import models


class Plain(models.Model):
    name = models.CharField(max_length=30)


class Person(models.Model):
    given_name = models.CharField(max_length=40)
    family_name = models.CharField(max_length=40)

    def __str__(self):
        return f"{self.given_name} {self.family_name}"


# en: With no __str__(): the class name and the primary key.
# ru: Без __str__(): имя класса и первичный ключ.
# es: Sin __str__(): el nombre de la clase y la clave primaria.
plain = Plain(name="x")
print(str(plain))
plain.save()
print(str(plain), repr(plain))

# en: With one, str() and repr() describe the object itself.
# ru: С ним str() и repr() описывают сам объект.
# es: Con él, str() y repr() describen el propio objeto.
grace = Person(given_name="Grace", family_name="Hopper")
print(str(grace), repr(grace))
