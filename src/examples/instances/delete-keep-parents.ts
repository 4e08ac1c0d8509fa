import { models } from 'django/db';
import { print, repr } from 'python/builtins';

class Place extends models.Model {
  name = models.CharField({ max_length: 50 });
}

class Restaurant extends Place {
  cuisine = models.CharField({ max_length: 30 });
}

const diner = Restaurant.objects.create({ name: 'Route 9', cuisine: 'diner' });
const bistro = Restaurant.objects.create({ name: 'Chez Lu', cuisine: 'french' });

// en: keep_parents=True removes only the Restaurant row; the Place row stays.
// ru: keep_parents=True удаляет только строку Restaurant, а строка Place остаётся.
// es: keep_parents=True elimina solo la fila de Restaurant; la fila de Place se queda.
print(...diner.delete({ keep_parents: true }));
print(...bistro.delete());
print(repr(Place.objects.values_list('name', { flat: true })));
