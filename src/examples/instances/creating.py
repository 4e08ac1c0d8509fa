from django.db import connection, models


class Author(models.Model):
    name = models.CharField(max_length=50)


class Note(models.Model):
    text = models.CharField(max_length=100)
    stars = models.IntegerField(default=3)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, null=True)


# en: Creating the object does not touch the database yet.
# ru: Создание объекта ещё не обращается к базе.
# es: Crear el objeto todavía no accede a la base de datos.
note = Note(text="Buy milk")
print(repr(note), note.stars, note.pk)
print(len(connection.queries), "queries so far")

# en: The row is written by save().
# ru: Строку записывает save().
# es: La fila la escribe save().
note.save()
print(repr(note), note._state.adding)

# en: A foreign key accepts the related object, or its primary key under the _id name.
# ru: Внешний ключ принимает связанный объект или его первичный ключ под именем с _id.
# es: Una clave foránea acepta el objeto relacionado o su clave primaria con el nombre terminado en _id.
ada = Author.objects.create(name="Ada")
by_object = Note(text="Draft", author=ada)
by_id = Note(text="Draft", author_id=ada.pk)
print(by_object.author_id, by_id.author.name)
