import { models } from 'django/db';
import { Exception, print, repr } from 'python/builtins';

class Note extends models.Model {
  text = models.CharField({ max_length: 100 });
  stars = models.IntegerField({ default: 3 });
}

class Timestamped extends models.Model {
  created = models.DateTimeField({ auto_now_add: true });
  static Meta = { abstract: true };
}

function attempt(label: string, build: () => unknown): void {
  try {
    build();
    print(label, '-> ok');
  } catch (error) {
    if (!(error instanceof Exception)) throw error;
    print(label, '->', repr(error));
  }
}

// en: Python's Note(None, 'x', 5) passes values in field order: id, text, stars.
// ru: Note(None, 'x', 5) на Python передаёт значения по порядку полей: id, text, stars.
// es: Note(None, 'x', 5) en Python pasa los valores en el orden de los campos: id, text, stars.
const positional = Note.fromValues([null, 'Call Bob', 5]);
print(positional.text, positional.stars);

// en: Each broken call below raises what Django raises.
// ru: Каждый ошибочный вызов ниже выбрасывает то же, что и Django.
// es: Cada llamada incorrecta de abajo lanza lo mismo que lanza Django.
attempt('too many values', () => Note.fromValues([null, 'x', 5, 'extra']));
attempt('same field twice', () => new Note([null, 'x'], { text: 'y' }));
attempt('unknown names', () => new Note({ txt: 'x', star: 1 }));
attempt('abstract model', () => new (Timestamped as unknown as new () => object)());
