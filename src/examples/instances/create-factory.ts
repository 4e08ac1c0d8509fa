import { models } from 'django/db';
import { print } from 'python/builtins';

// en: A class method builds an instance and leaves saving to the caller.
// ru: Метод класса создаёт экземпляр, а сохранять его оставляет вызывающему коду.
// es: Un método de clase construye una instancia y deja que quien lo llama se encargue de guardarla.
class Poem extends models.Model {
  name = models.CharField({ max_length: 60 });

  static create(name: string): Poem {
    const poem = new Poem({ name });
    // en: Prepare the instance here if needed.
    // ru: Здесь экземпляр можно подготовить, если нужно.
    // es: Si hace falta, la instancia se prepara aquí.
    return poem;
  }
}

// en: A manager method goes through create(), so the row is saved.
// ru: Метод менеджера вызывает create(), поэтому строка сохраняется.
// es: Un método del gestor pasa por create(), de modo que la fila queda guardada.
class SongManager extends models.Manager<Song> {
  create_song(name: string): Song {
    return this.create({ name });
  }
}

class Song extends models.Model {
  name = models.CharField({ max_length: 60 });
  static override objects = new SongManager(this);
}

const poem = Poem.create('Ozymandias');
print(poem.name, poem.pk, Poem.objects.count());

const song = Song.objects.create_song('Yesterday');
print(song.name, song.pk, Song.objects.count());
