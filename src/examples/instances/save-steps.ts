import { models } from 'django/db';
import { ValueError, print, repr } from 'python/builtins';

class Album extends models.Model {
  title = models.CharField({ max_length: 50 });
}

class Track extends models.Model {
  name = models.CharField({ max_length: 50 });
  album = models.ForeignKey(Album, { on_delete: models.CASCADE });
}

models.signals.pre_save.connect(({ instance }) => {
  print('pre_save:  pk =', (instance as Album).pk);
}, { sender: Album });
models.signals.post_save.connect(({ instance, created }) => {
  print('post_save: pk =', (instance as Album).pk, 'created =', created);
}, { sender: Album });

// en: pre_save comes before the INSERT or UPDATE, post_save after it; created tells which.
// ru: pre_save приходит до INSERT или UPDATE, post_save — после; created говорит, что было.
// es: pre_save llega antes del INSERT o el UPDATE, y post_save después; created dice cuál de los dos.
const album = new Album({ title: 'Blue' });
album.save();
album.title = 'Blue (remastered)';
album.save();

// en: A foreign key to an object that was never saved stops save().
// ru: Внешний ключ на ни разу не сохранённый объект останавливает save().
// es: Una clave foránea a un objeto que nunca se guardó detiene save().
const track = new Track({ name: 'River', album: new Album({ title: 'Unsaved' }) });
try {
  track.save();
} catch (error) {
  if (!(error instanceof ValueError)) throw error;
  print(repr(error));
}
