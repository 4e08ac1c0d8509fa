from django.db import models


class Blog(models.Model):
    name = models.CharField(max_length=50)
    tagline = models.TextField(default="")


# en: An AutoField primary key accepts a value given explicitly...
# ru: Первичный ключ AutoField принимает и явно заданное значение...
# es: Una clave primaria AutoField acepta un valor dado de forma explícita...
first = Blog(id=3, name="Cheddar Talk", tagline="Cheese, weekly")
first.save()

# en: ...but a second object with that id updates the row instead of adding one.
# ru: ...но второй объект с тем же id не добавляет строку, а обновляет её.
# es: ...pero un segundo objeto con ese id actualiza la fila en lugar de añadir otra.
second = Blog(id=3, name="Not Cheddar")
second.save()
row = Blog.objects.get(id=3)
print(Blog.objects.count(), row.name, repr(row.tagline))

# en: After an INSERT the id comes back from the database as an integer.
# ru: После INSERT значение id возвращается из базы целым числом.
# es: Tras un INSERT, el id vuelve de la base de datos como entero.
third = Blog(id="7", name="Seven")
third.save()
print(third.id, type(third.id).__name__)
