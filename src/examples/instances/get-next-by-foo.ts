import { models } from 'django/db';
import { ValueError, print, repr } from 'python/builtins';
import { date } from 'python/datetime';

class Episode extends models.Model {
  title = models.CharField({ max_length: 50 });
  aired = models.DateField();
  season = models.IntegerField();
  declare get_next_by_aired: models.NeighbourMethod<Episode>;
  declare get_previous_by_aired: models.NeighbourMethod<Episode>;
}

const pilot = Episode.objects.create({ title: 'Pilot', aired: new date(2024, 1, 1), season: 1 });
Episode.objects.create({ title: 'Two', aired: new date(2024, 1, 8), season: 1 });
Episode.objects.create({ title: 'Also two', aired: new date(2024, 1, 8), season: 1 });
Episode.objects.create({ title: 'Premiere', aired: new date(2025, 1, 5), season: 2 });

// en: Equal dates are ordered by primary key, so nothing is skipped.
// ru: Одинаковые даты упорядочиваются по первичному ключу, и ничего не пропускается.
// es: Las fechas iguales se ordenan por clave primaria, así que no se salta nada.
const second = pilot.get_next_by_aired();
print(second.title, '->', second.get_next_by_aired().title);

// en: Keyword arguments filter the neighbours.
// ru: Именованные аргументы фильтруют соседей.
// es: Los argumentos con nombre filtran los vecinos.
print(pilot.get_next_by_aired({ season: 2 }).title);

try {
  pilot.get_previous_by_aired();
} catch (error) {
  if (!(error instanceof Episode.DoesNotExist)) throw error;
  print(repr(error));
}
try {
  new Episode({ title: 'Draft', aired: new date(2026, 1, 1) }).get_next_by_aired();
} catch (error) {
  if (!(error instanceof ValueError)) throw error;
  print(repr(error));
}
