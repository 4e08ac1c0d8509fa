import { models } from 'django/db';
import { AttributeError, print } from 'python/builtins';

class Timestamped extends models.Model {
  created = models.DateTimeField({ auto_now_add: true });
  static Meta = { abstract: true };
}

class Comment extends Timestamped {
  text = models.TextField();
}

// en: An abstract model has no table and therefore no exception classes.
// ru: У абстрактной модели нет таблицы, а значит, нет и классов исключений.
// es: Un modelo abstracto no tiene tabla y, por tanto, tampoco clases de excepción.
try {
  print(Timestamped.DoesNotExist);
} catch (error) {
  if (!(error instanceof AttributeError)) throw error;
  print(error.message);
}

// en: A concrete child gets its own exception and manager.
// ru: Конкретный потомок получает собственный класс исключения и собственный менеджер.
// es: Un hijo concreto recibe su propia excepción y su propio gestor.
print(Comment.DoesNotExist.__qualname__, Comment.objects.count());
