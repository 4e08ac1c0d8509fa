import { models, NotSupportedError } from 'django/db';
import { print, repr } from 'python/builtins';

class Visit extends models.Model {
  page = models.CharField({ max_length: 50 });
}

Visit.objects.create({ page: '/' });
Visit.objects.create({ page: '/' });

// en: DISTINCT ON (field) is a PostgreSQL feature; the SQLite backend refuses it.
// ru: DISTINCT ON (поле) есть только в PostgreSQL; бэкенд SQLite от него отказывается.
// es: DISTINCT ON (campo) es una característica de PostgreSQL; el backend de SQLite no la acepta.
try {
  print(Visit.objects.order_by('page').distinct('page').list());
} catch (error) {
  if (!(error instanceof NotSupportedError)) throw error;
  print(repr(error));
}
// en: The portable way: values() with a plain distinct().
// ru: Переносимый способ: values() и обычный distinct().
// es: La forma portable: values() con un distinct() simple.
print(Visit.objects.values_list('page', { flat: true }).distinct().list());
