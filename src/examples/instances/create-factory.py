from django.db import models


# en: A classmethod builds the instance and leaves the saving to its caller.
# ru: Метод класса создаёт экземпляр, а сохранение оставляет вызывающему.
class Poem(models.Model):
    title = models.CharField(max_length=100)

    @classmethod
    def create(cls, title):
        poem = cls(title=title)
        # en: Any preparation of the instance goes here.
        # ru: Здесь можно подготовить экземпляр.
        return poem


# en: A manager method calls create(), so the row gets saved.
# ru: Метод менеджера вызывает create(), поэтому строка сохраняется.
class SongManager(models.Manager):
    def create_song(self, title):
        return self.create(title=title)


class Song(models.Model):
    title = models.CharField(max_length=100)
    objects = SongManager()


poem = Poem.create("Ozymandias")
print(poem.title, poem.pk, Poem.objects.count())

song = Song.objects.create_song("Yesterday")
print(song.title, song.pk, Song.objects.count())
