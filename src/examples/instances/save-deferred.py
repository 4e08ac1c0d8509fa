from django.db import models


class Film(models.Model):
    title = models.CharField(max_length=50)
    year = models.IntegerField()
    plot = models.TextField()


Film.objects.create(title="Alien", year=1979, plot="In space...")

# en: An instance loaded with only() saves only the fields it loaded...
# ru: Экземпляр, загруженный через only(), сохраняет только загруженные поля...
# es: Una instancia cargada con only() guarda solo los campos que cargó...
film = Film.objects.only("title").get()
film.title = "Alien (1979)"
film.save()

# en: ...and any deferred field that was assigned.
# ru: ...и те отложенные поля, которым присвоили значение.
# es: ...y los campos diferidos a los que se asignó un valor.
film.year = 1980
film.save()
print(film.get_deferred_fields())
