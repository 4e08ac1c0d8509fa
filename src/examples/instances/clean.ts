import { models } from 'django/db';
import { NON_FIELD_ERRORS, ValidationError } from 'django/core/exceptions';
import { print } from 'python/builtins';
import { date } from 'python/datetime';

class Post extends models.Model {
  status = models.CharField({ max_length: 10, choices: { draft: 'Draft', live: 'Live' } });
  published = models.DateField({ null: true, blank: true });

  override clean(): void {
    // en: A string message is about the whole object.
    // ru: Сообщение-строка относится к объекту целиком.
    // es: Un mensaje en forma de cadena se refiere al objeto completo.
    if (this.status === 'draft' && this.published !== null) {
      throw new ValidationError('A draft cannot have a publication date.');
    }
    // en: clean() may also fill in a missing value.
    // ru: clean() может и дополнить недостающее значение.
    // es: clean() también puede completar un valor que falta.
    if (this.status === 'live' && this.published === null) {
      this.published = new date(2026, 3, 14);
    }
  }
}

const draft = new Post({ status: 'draft', published: new date(2026, 1, 5) });
try {
  draft.full_clean();
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  print(NON_FIELD_ERRORS, error.message_dict);
}

const live = new Post({ status: 'live' });
live.full_clean();
print(live.published);

// en: A dict ties each error to a field, and keeps its code.
// ru: Словарь привязывает каждую ошибку к полю и сохраняет её код.
// es: Un diccionario asocia cada error a un campo y conserva su código.
class Event extends models.Model {
  starts = models.DateField();
  ends = models.DateField();

  override clean(): void {
    if (this.ends < this.starts) {
      throw new ValidationError({
        ends: new ValidationError('The event cannot end before it starts.', { code: 'order' }),
      });
    }
  }
}

try {
  new Event({ starts: new date(2026, 5, 2), ends: new date(2026, 5, 1) }).full_clean();
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  print(error.message_dict, error.error_dict!.ends![0]!.code);
}
