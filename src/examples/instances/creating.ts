import { connection, models } from 'django/db';
import { print, repr } from 'python/builtins';

class Author extends models.Model {
  name = models.CharField({ max_length: 50 });
}

class Note extends models.Model {
  text = models.CharField({ max_length: 100 });
  stars = models.IntegerField({ default: 3 });
  author = models.ForeignKey(Author, { on_delete: models.CASCADE, null: true });
  declare author_id: number | null;
}

// en: Python: Note(text='Buy milk'). Nothing reaches the database yet.
// ru: На Python: Note(text='Buy milk'). В базу пока ничего не уходит.
// es: En Python: Note(text='Buy milk'). Todavía no llega nada a la base de datos.
const note = new Note({ text: 'Buy milk' });
print(repr(note), note.stars, note.pk);
print(connection.queries.length, 'queries so far');

// en: save() is what writes the row.
// ru: Строку записывает только save().
// es: Lo que escribe la fila es save().
note.save();
print(repr(note), note._state.adding);

// en: A foreign key takes the related object, or its primary key under the _id name.
// ru: Внешний ключ принимает связанный объект или его первичный ключ под именем с _id.
// es: Una clave foránea recibe el objeto relacionado o su clave primaria con el nombre terminado en _id.
const ada = Author.objects.create({ name: 'Ada' });
const byObject = new Note({ text: 'Draft', author: ada });
const byId = new Note({ text: 'Draft', author_id: ada.pk });
print(byObject.author_id, byId.author!.name);
