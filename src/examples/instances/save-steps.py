from django.db import models
from django.db.models.signals import post_save, pre_save


class Album(models.Model):
    title = models.CharField(max_length=50)


class Track(models.Model):
    name = models.CharField(max_length=50)
    album = models.ForeignKey(Album, on_delete=models.CASCADE)


def before(sender, instance, **kwargs):
    print("pre_save:  pk =", instance.pk)


def after(sender, instance, created, **kwargs):
    print("post_save: pk =", instance.pk, "created =", created)


pre_save.connect(before, sender=Album)
post_save.connect(after, sender=Album)

# en: pre_save fires before the INSERT or UPDATE, post_save after; created says which one.
# ru: pre_save срабатывает до INSERT или UPDATE, post_save — после; created говорит, что было.
# es: pre_save se envía antes del INSERT o el UPDATE, y post_save después; created indica cuál fue.
album = Album(title="Blue")
album.save()
album.title = "Blue (remastered)"
album.save()

# en: save() stops at a foreign key to an object that was never saved.
# ru: save() останавливается на внешнем ключе к объекту, который не сохраняли.
# es: save() se detiene ante una clave foránea que apunta a un objeto nunca guardado.
track = Track(name="River", album=Album(title="Unsaved"))
try:
    track.save()
except ValueError as error:
    print(repr(error))
