from django.db import models


class Entry(models.Model):
    headline = models.CharField(max_length=100)
    rating = models.IntegerField(default=0)


# en: Save an entry, then change its row without going through the instance.
# ru: Сохраняем запись, а потом меняем её строку в обход экземпляра.
# es: Guardar una entrada y luego cambiar su fila sin pasar por la instancia.
entry = Entry.objects.create(headline="Draft", rating=1)
Entry.objects.filter(pk=entry.pk).update(headline="Final", rating=5)
print(entry.headline, entry.rating)

# en: The instance keeps what it loaded until refresh_from_db() reads the row again.
# ru: Экземпляр хранит загруженное, пока refresh_from_db() не перечитает строку.
# es: La instancia conserva lo que cargó hasta que refresh_from_db() vuelve a leer la fila.
entry.refresh_from_db(fields=["rating"])
print(entry.headline, entry.rating)
entry.refresh_from_db()
print(entry.headline, entry.rating)
