from django.db import models


# en: A classmethod builds the instance and leaves the saving to its caller.
# ru: Метод класса создаёт экземпляр, а сохранение оставляет вызывающему.
# es: Un classmethod construye la instancia y deja el guardado a quien lo llama.
class Poem(models.Model):
    name = models.CharField(max_length=60)

    @classmethod
    def create(cls, name):
        poem = cls(name=name)
        # en: Any preparation of the instance goes here.
        # ru: Здесь можно подготовить экземпляр.
        # es: Aquí va cualquier preparación de la instancia.
        return poem


# en: A manager method calls create(), so the row gets saved.
# ru: Метод менеджера вызывает create(), поэтому строка сохраняется.
# es: Un método del gestor llama a create(), así que la fila se guarda.
class SongManager(models.Manager):
    def create_song(self, name):
        return self.create(name=name)


class Song(models.Model):
    name = models.CharField(max_length=60)
    objects = SongManager()


poem = Poem.create("Ozymandias")
print(poem.name, poem.pk, Poem.objects.count())

song = Song.objects.create_song("Yesterday")
print(song.name, song.pk, Song.objects.count())
