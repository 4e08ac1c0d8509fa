import asyncio

from django.db import models


class Library(models.Model):
    name = models.CharField(max_length=50)


class Tag(models.Model):
    label = models.CharField(max_length=20)


class Volume(models.Model):
    title = models.CharField(max_length=50)
    library = models.ForeignKey(Library, on_delete=models.CASCADE)
    tags = models.ManyToManyField(Tag)


library = Library.objects.create(name="Town")
rare = Tag.objects.create(label="rare")
for title in ["Atlas", "Herbal"]:
    Volume.objects.create(title=title, library=library).tags.add(rare)

# en: The total counts the cascaded volumes and their many-to-many rows too.
# ru: В итог входят и удалённые каскадом тома, и их строки связи «многие ко многим».
# es: El total incluye también los volúmenes eliminados en cascada y sus filas de la relación muchos a muchos.
total, per_model = library.delete()
print(total, per_model)

# en: The object stays in memory with its data, but its pk is None now.
# ru: Объект остаётся в памяти со своими данными, но pk у него теперь None.
# es: El objeto sigue en memoria con sus datos, pero ahora su pk es None.
print(library.name, library.pk)

# en: adelete() is the asynchronous counterpart.
# ru: adelete() — асинхронный вариант.
# es: adelete() es la variante asíncrona.
print(*asyncio.run(rare.adelete()))
