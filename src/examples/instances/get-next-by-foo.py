import datetime

from django.db import models


class Episode(models.Model):
    title = models.CharField(max_length=50)
    aired = models.DateField()
    season = models.IntegerField()


pilot = Episode.objects.create(title="Pilot", aired=datetime.date(2024, 1, 1), season=1)
Episode.objects.create(title="Two", aired=datetime.date(2024, 1, 8), season=1)
Episode.objects.create(title="Also two", aired=datetime.date(2024, 1, 8), season=1)
Episode.objects.create(title="Premiere", aired=datetime.date(2025, 1, 5), season=2)

# en: Ties on the date are broken by primary key, so no episode is skipped.
# ru: При равных датах порядок задаёт первичный ключ, так что ни один эпизод не пропадает.
# es: Los empates de fecha se deshacen por clave primaria, así que no se salta ningún episodio.
second = pilot.get_next_by_aired()
print(second.title, "->", second.get_next_by_aired().title)

# en: Keyword arguments narrow down the neighbours.
# ru: Именованные аргументы сужают круг соседей.
# es: Los argumentos con nombre acotan los vecinos.
print(pilot.get_next_by_aired(season=2).title)

try:
    pilot.get_previous_by_aired()
except Episode.DoesNotExist as error:
    print(repr(error))
try:
    Episode(title="Draft", aired=datetime.date(2026, 1, 1)).get_next_by_aired()
except ValueError as error:
    print(repr(error))
