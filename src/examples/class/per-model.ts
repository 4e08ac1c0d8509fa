import { models } from 'django/db';
import { ObjectDoesNotExist } from 'django/core/exceptions';
import { issubclass, print, repr } from 'python/builtins';

class Author extends models.Model {
  name = models.CharField({ max_length: 50 });
}

class Book extends models.Model {
  name = models.CharField({ max_length: 80 });
}

// en: Every concrete model has a DoesNotExist class of its own.
// ru: У каждой конкретной модели собственный класс DoesNotExist.
// es: Todo modelo concreto tiene una clase DoesNotExist propia.
print(Author.DoesNotExist === Book.DoesNotExist);
print(Author.DoesNotExist.__qualname__, Author.DoesNotExist.__module__);
print(issubclass(Book.DoesNotExist, ObjectDoesNotExist));

// en: get() raises the class of the model it queries.
// ru: get() выбрасывает класс той модели, которую запрашивает.
// es: get() lanza la clase del modelo al que consulta.
try {
  Book.objects.get({ name: 'Solaris' });
} catch (error) {
  if (!(error instanceof Book.DoesNotExist)) throw error;
  print(repr(error));
  print(error instanceof Author.DoesNotExist, error instanceof ObjectDoesNotExist);
}
