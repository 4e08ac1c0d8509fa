import { models } from 'django/db';
import { MultipleObjectsReturned } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

class City extends models.Model {
  name = models.CharField({ max_length: 50 });
  country = models.CharField({ max_length: 2 });
}

City.objects.create({ name: 'Paris', country: 'FR' });
City.objects.create({ name: 'Paris', country: 'US' });

// en: get() expects exactly one row; two matches are an error, not a choice.
// ru: get() ждёт ровно одну строку; два совпадения — ошибка, а не выбор.
// es: get() espera exactamente una fila; con dos coincidencias hay un error, no una elección.
try {
  City.objects.get({ name: 'Paris' });
} catch (error) {
  if (!(error instanceof MultipleObjectsReturned)) throw error;
  print(repr(error));
  print(error instanceof City.MultipleObjectsReturned);
}

// en: Narrow the lookup, or say which row you want.
// ru: Уточните условие или явно выберите строку.
// es: Acotar el lookup (búsqueda por campo) o indicar qué fila se quiere.
print(City.objects.get({ name: 'Paris', country: 'FR' }).country);
print(City.objects.filter({ name: 'Paris' }).order_by('country').first()!.country);

// en: get() reads at most 21 rows, so a big match is reported as "more than 20".
// ru: get() читает не больше 21 строки, поэтому при большом числе совпадений сообщение гласит «more than 20».
// es: get() lee como máximo 21 filas, de modo que un número grande de coincidencias aparece como «more than 20».
for (let i = 0; i < 25; i++) City.objects.create({ name: 'Springfield', country: 'US' });
City.objects.get({ name: 'Springfield' });
