import { models } from 'django/db';
import { FieldError, FieldFetchBlocked } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

class Author extends models.Model {
  name = models.CharField({ max_length: 50 });
}

class Novel extends models.Model {
  title = models.CharField({ max_length: 120 });
  author = models.ForeignKey(Author, { on_delete: models.CASCADE });
}

const ann = Author.objects.create({ name: 'Ann' });
Novel.objects.create({ title: 'Dune', author: ann });

// en: In FETCH_RAISE mode, reading a related object the query did not load is an error, not a query.
// ru: В режиме FETCH_RAISE обращение к связанному объекту, который запрос не загрузил, — ошибка, а не запрос.
// es: En el modo FETCH_RAISE, leer un objeto relacionado que la consulta no cargó es un error, no una consulta.
const [novel] = Novel.objects.fetch_mode(models.FETCH_RAISE).list();
try {
  print(novel!.author.name);
} catch (error) {
  if (!(error instanceof FieldFetchBlocked)) throw error;
  print(repr(error), error instanceof FieldError);
}

// en: The same goes for a deferred field.
// ru: То же самое с отложенным полем.
// es: Lo mismo pasa con un campo diferido.
const [brief] = Novel.objects.only('author').fetch_mode(models.FETCH_RAISE).list();
try {
  print(brief!.title);
} catch (error) {
  if (!(error instanceof FieldFetchBlocked)) throw error;
  print(repr(error));
}

// en: The fix: load what the code reads in the same query.
// ru: Исправление: загружать то, что читает код, тем же запросом.
// es: La solución: cargar en la misma consulta lo que el código lee.
const [full] = Novel.objects.select_related('author').fetch_mode(models.FETCH_RAISE).list();
print(full!.title, 'by', full!.author.name);
