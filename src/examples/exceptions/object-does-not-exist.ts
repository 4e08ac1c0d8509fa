import { models } from 'django/db';
import { ObjectDoesNotExist } from 'django/core/exceptions';
import { print, repr, issubclass } from 'python/builtins';

class Author extends models.Model {
  name = models.CharField({ max_length: 50 });
}
class Book extends models.Model {
  name = models.CharField({ max_length: 80 });
}

// en: One helper for every model: catching the shared base covers each Model.DoesNotExist.
// ru: Одна вспомогательная функция на все модели: общий базовый класс перехватывает любой Model.DoesNotExist.
// es: Una función auxiliar para todos los modelos: capturar la clase base común cubre cada Model.DoesNotExist.
function getOrNone<T extends models.Model>(model: models.ModelClass<T>, lookups: Record<string, unknown>): T | null {
  try {
    return model.objects.get(lookups);
  } catch (error) {
    if (!(error instanceof ObjectDoesNotExist)) throw error;
    print('not found:', repr(error));
    return null;
  }
}

Author.objects.create({ name: 'Ursula' });
print(getOrNone(Author, { name: 'Ursula' }));
print(getOrNone(Author, { name: 'Stanislaw' }));
print(getOrNone(Book, { pk: 7 }));

// en: The per-model classes are distinct, but share the base.
// ru: Классы у моделей разные, а базовый класс общий.
// es: Las clases de cada modelo son distintas, pero tienen la misma clase base.
print(issubclass(Book.DoesNotExist, ObjectDoesNotExist), issubclass(Book.DoesNotExist, Author.DoesNotExist));
// en: Templates read this flag and render '' instead of failing.
// ru: Шаблоны смотрят на этот флаг и выводят пустую строку вместо ошибки.
// es: Las plantillas leen este indicador y muestran '' en lugar de fallar.
print(ObjectDoesNotExist.silent_variable_failure);
