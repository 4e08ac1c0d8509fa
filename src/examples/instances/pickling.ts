import { models } from 'django/db';
import { print } from 'python/builtins';
import { eq } from 'python/operator';
import { dumps, loads } from 'python/pickle';
import { catch_warnings } from 'python/warnings';

class Cart extends models.Model {
  owner = models.CharField({ max_length: 30 });
  items = models.IntegerField({ default: 0 });
}

const cart = Cart.objects.create({ owner: 'lee', items: 2 });
const data = dumps(cart);

// en: Unpickling restores the pickled state, not what the row holds now.
// ru: Распаковка восстанавливает сохранённое состояние, а не текущее содержимое строки.
// es: Al deserializar con pickle se restaura el estado serializado, no el contenido actual de la fila.
Cart.objects.filter({ pk: cart.pk }).update({ items: 9 });
const copy = loads(data) as Cart;
print(copy.items, eq(copy, cart), copy._state.adding, copy._state.db);

// en: A pickle stamped with another Django version still loads, with a RuntimeWarning.
// ru: Pickle-данные, помеченные другой версией Django, загружаются, но с RuntimeWarning.
// es: Un pickle que lleva la marca de otra versión de Django se carga igualmente, con una advertencia RuntimeWarning.
const foreign = data.replace(/("_django_version": ?)"[^"]*"/, '$1"5.2.9"');
catch_warnings((log) => {
  loads(foreign);
  for (const warning of log) print(String(warning));
});
