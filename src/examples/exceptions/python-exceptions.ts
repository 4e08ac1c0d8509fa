import { models } from 'django/db';
import { print, repr, hash, ValueError } from 'python/builtins';

class Note extends models.Model {
  text = models.CharField({ max_length: 50 });
}

// en: Django reports misuse with Python's own classes.
// ru: О неправильном использовании Django сообщает встроенными классами Python.
// es: Django señala el uso incorrecto con las clases propias de Python.
const attempts: Array<() => unknown> = [
  () => new Note({ txt: 'typo' }),
  () => new Note({ text: 'unsaved' }).delete(),
  () => hash(new Note({ text: 'unsaved' })),
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof ValueError)) throw error;
    print(repr(error));
  }
}
