import { models } from 'django/db';
import { EmptyResultSet } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

class Novel extends models.Model {
  title = models.CharField({ max_length: 120 });
}

Novel.objects.create({ title: 'Dune' });

// en: An empty __in list can never match, so the compiler gives up on the SQL.
// ru: Пустой список в __in не совпадёт ни с чем, и компилятор отказывается строить SQL.
// es: Una lista __in vacía no puede coincidir con nada, de modo que el compilador desiste del SQL.
const nothing = Novel.objects.filter({ pk__in: [] });
try {
  print(String(nothing.query));
} catch (error) {
  if (!(error instanceof EmptyResultSet)) throw error;
  print('str(query) raised', repr(error));
}

// en: Evaluating the queryset is fine: the ORM catches the exception and sends no query.
// ru: Вычислять такой QuerySet можно: ORM сама перехватывает исключение и запрос не отправляет.
// es: Evaluar el QuerySet no da problemas: el ORM captura la excepción y no envía consulta alguna.
print(nothing.list(), nothing.count());
