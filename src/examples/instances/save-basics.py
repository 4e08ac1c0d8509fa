import asyncio

from django.db import models


class Blog(models.Model):
    name = models.CharField(max_length=50)


# en: The automatic id stays None until the first save(), which sets it.
# ru: Автоматический id остаётся None до первого save(), который его и задаёт.
# es: El id automático sigue en None hasta el primer save(), que es el que lo asigna.
blog = Blog(name="Notes from the field")
print(blog.id, blog.pk)
print(repr(blog.save()), blog.id, blog.pk)

# en: pk is another name for the primary key, however it is called.
# ru: pk — второе имя первичного ключа, как бы тот ни назывался.
# es: pk es otro nombre de la clave primaria, se llame como se llame.
blog.pk = 40
print(blog.id)

# en: Since Django 6.0 save() takes keyword arguments only.
# ru: Начиная с Django 6.0 save() принимает только именованные аргументы.
# es: Desde Django 6.0, save() solo acepta argumentos con nombre.
try:
    blog.save("default")
except TypeError as error:
    print(repr(error))

# en: asave() does the same for asynchronous code.
# ru: asave() делает то же самое в асинхронном коде.
# es: asave() hace lo mismo en código asíncrono.
later = Blog(name="Async notes")
asyncio.run(later.asave())
print(later.pk, Blog.objects.count())
