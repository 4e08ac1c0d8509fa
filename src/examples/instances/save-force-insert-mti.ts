import { models } from 'django/db';
import { Exception, print, repr, tuple } from 'python/builtins';

class Place extends models.Model {
  name = models.CharField({ max_length: 50 });
}

class Cafe extends Place {
  seats = models.IntegerField({ default: 20 });
}

// en: The parent row exists already; the child row does not.
// ru: Строка родителя уже есть, строки потомка ещё нет.
// es: La fila del padre ya está; la fila del hijo, todavía no.
const place = Place.objects.create({ name: 'Dock 5' });

// en: force_insert=True forces the INSERT only for Cafe's own table: the parent is updated.
// ru: force_insert=True выполняет принудительный INSERT только в таблицу Cafe, а строку родителя обновляет.
// es: force_insert=True fuerza el INSERT únicamente en la tabla propia de Cafe: el padre se actualiza.
const cafe = new Cafe({ place_ptr_id: place.pk, name: 'Dock 5 Cafe' });
cafe.save({ force_insert: true });
print(Place.objects.get({ pk: place.pk }).name, Cafe.objects.count());

// en: A tuple of parents forces their INSERT too; (models.Model,) means every parent.
// ru: С кортежем родителей принудительный INSERT выполняется и для них; (models.Model,) означает всех родителей.
// es: Con una tupla de padres también se fuerza su INSERT; (models.Model,) equivale a todos los padres.
const fresh = new Cafe({ name: 'Pier Cafe' });
fresh.save({ force_insert: tuple(models.Model) });
print(fresh.pk, Place.objects.count());

for (const bad of [tuple(Cafe, 'x'), 'yes']) {
  try {
    new Cafe({ name: 'Nope' }).save({ force_insert: bad as never });
  } catch (error) {
    if (!(error instanceof Exception)) throw error;
    print(repr(error));
  }
}
