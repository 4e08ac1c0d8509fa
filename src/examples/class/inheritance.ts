import { models } from 'django/db';
import { print } from 'python/builtins';
import { classQualname, mro } from 'sandbox/python';

class Place extends models.Model {
  name = models.CharField({ max_length: 50 });
}

// en: Multi-table inheritance: Restaurant has a table of its own.
// ru: Многотабличное наследование: у Restaurant своя таблица.
// es: Herencia multitabla: Restaurant tiene su propia tabla.
class Restaurant extends Place {
  seats = models.IntegerField({ default: 0 });
}

// en: A proxy model shares Place's table.
// ru: Прокси-модель пользуется таблицей Place.
// es: Un modelo proxy comparte la tabla de Place.
class Landmark extends Place {
  static Meta = { proxy: true };
}

print(mro(Restaurant.DoesNotExist).map(classQualname).join(' -> '));
print(mro(Landmark.MultipleObjectsReturned).map(classQualname).join(' -> '));
print(mro(Restaurant.NotUpdated).map(classQualname).join(' -> '));

// en: A handler written for the parent also catches the child's exception...
// ru: Обработчик для родителя перехватывает и исключение потомка...
// es: Un manejador escrito para el padre captura también la excepción del hijo...
try {
  Restaurant.objects.get({ name: 'Nowhere' });
} catch (error) {
  if (!(error instanceof Place.DoesNotExist)) throw error;
  print('caught', classQualname(error.constructor));
}

// en: ...but not the other way round.
// ru: ...но не наоборот.
// es: ...pero no al revés.
try {
  Place.objects.get({ name: 'Nowhere' });
} catch (error) {
  print(error instanceof Restaurant.DoesNotExist, error instanceof Place.DoesNotExist);
}
