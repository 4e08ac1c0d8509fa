import { models } from 'django/db';
import { FieldDoesNotExist } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

class Place extends models.Model {
  name = models.CharField({ max_length: 50 });
}
class Restaurant extends Place {
  serves_pizza = models.BooleanField({ default: false });
}

// en: get_field() looks on the model and on its parents.
// ru: get_field() ищет поле в самой модели и в её родителях.
// es: get_field() mira en el modelo y en sus padres.
print(repr(Restaurant._meta.get_field('name')));

// en: A name that a form or serializer asks for may not exist: check before use.
// ru: Имени, которое запрашивает форма или сериализатор, может не оказаться: проверяем заранее.
// es: Un nombre que pide un formulario o un serializador puede no existir: comprobarlo antes de usarlo.
for (const name of ['serves_pizza', 'rating']) {
  try {
    Restaurant._meta.get_field(name);
    print(name, 'is a field');
  } catch (error) {
    if (!(error instanceof FieldDoesNotExist)) throw error;
    print(repr(error));
  }
}
