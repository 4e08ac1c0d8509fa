import { models, IntegrityError } from 'django/db';
import { print, repr } from 'python/builtins';

class Account extends models.Model {
  email = models.EmailField({ unique: true });
}

Account.objects.create({ email: 'ada@example.com' });

// en: The database refuses a duplicate; the text of the error comes from the backend.
// ru: База отказывается хранить дубликат; текст ошибки приходит от бэкенда.
// es: La base de datos no acepta un duplicado; el texto del error viene del backend.
try {
  Account.objects.create({ email: 'ada@example.com' });
} catch (error) {
  if (!(error instanceof IntegrityError)) throw error;
  print(repr(error));
}
print(Account.objects.count());
