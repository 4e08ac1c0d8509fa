import { models } from 'django/db';
import { ObjectDoesNotExist } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

class Entry extends models.Model {
  headline = models.CharField({ max_length: 100 });
}

Entry.objects.create({ headline: 'Hello' });

// en: Each model gets its own DoesNotExist, a subclass of ObjectDoesNotExist.
// ru: У каждой модели свой DoesNotExist — подкласс ObjectDoesNotExist.
// es: Cada modelo recibe su propia clase DoesNotExist, subclase de ObjectDoesNotExist.
try {
  Entry.objects.get({ pk: 42 });
} catch (error) {
  if (!(error instanceof ObjectDoesNotExist)) throw error;
  print('caught', repr(error));
}

// en: Nobody catches this one, so the run ends with a traceback.
// ru: Это исключение никто не перехватывает, и запуск заканчивается трассировкой.
// es: Nadie captura esta excepción, así que la ejecución termina con una traza (traceback).
const missing = Entry.objects.get({ headline: 'Goodbye' });
print(missing.headline);
