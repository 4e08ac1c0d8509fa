from django.db import models
from django.db.models.signals import pre_save


class Profile(models.Model):
    nickname = models.CharField(max_length=30)
    bio = models.TextField(default="")


signalled = []


def note_fields(sender, update_fields, **kwargs):
    signalled.append(",".join(update_fields) if update_fields else "all fields")


pre_save.connect(note_fields, sender=Profile)

profile = Profile.objects.create(nickname="kit")
loaded = Profile.objects.get(pk=profile.pk)

# en: Only the columns listed are written.
# ru: Записываются только перечисленные столбцы.
# es: Solo se escriben las columnas indicadas.
loaded.nickname = "kitty"
loaded.bio = "not written"
loaded.save(update_fields=["nickname"])
row = Profile.objects.get(pk=profile.pk)
print(row.nickname, repr(row.bio))

# en: An empty list skips the save altogether: no query and no signal.
# ru: Пустой список отменяет сохранение целиком: ни запроса, ни сигнала.
# es: Una lista vacía omite el guardado por completo: ni consulta ni señal.
loaded.save(update_fields=[])
print(signalled)

for fields in [["id"], ["nick"]]:
    try:
        loaded.save(update_fields=fields)
    except Exception as error:
        print(repr(error))

# en: update_fields forces an UPDATE as well: a deleted row raises NotUpdated.
# ru: update_fields тоже требует UPDATE: на удалённой строке будет NotUpdated.
# es: update_fields también fuerza un UPDATE: una fila eliminada lanza NotUpdated.
row.delete()
try:
    loaded.save(update_fields=["bio"])
except Profile.NotUpdated as error:
    print(repr(error))
