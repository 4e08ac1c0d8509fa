import { models } from 'django/db';
import { print, repr } from 'python/builtins';

class Shirt extends models.Model {
  size = models.CharField({ max_length: 1, choices: { S: 'Small', M: 'Medium', L: 'Large' } });
  colour = models.CharField({
    max_length: 5,
    // en: Pairs and named groups work too; groups are flattened.
    // ru: Подходят и пары, и именованные группы; группы разворачиваются.
    // es: Los pares y los grupos con nombre también sirven; los grupos se aplanan.
    choices: [['Warm', [['red', 'Red'], ['ochre', 'Ochre']]], ['Cool', [['teal', 'Teal']]]],
  });
  declare get_size_display: models.DisplayMethod;
  declare get_colour_display: models.DisplayMethod;
}

const shirt = Shirt.objects.create({ size: 'L', colour: 'teal' });
print(repr(shirt.size));
print(repr(shirt.get_size_display()));
print(repr(shirt.get_colour_display()));

// en: A value outside the choices comes back as it is.
// ru: Значение вне choices возвращается как есть.
// es: Un valor fuera de choices se devuelve tal cual.
shirt.size = 'X';
print(repr(shirt.get_size_display()));
