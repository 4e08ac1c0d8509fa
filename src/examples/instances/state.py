from django.db import models


class Lamp(models.Model):
    room = models.CharField(max_length=20)


# en: A new instance: adding is True, db is None.
# ru: Новый экземпляр: adding равно True, db — None.
# es: Una instancia nueva: adding es True y db es None.
lamp = Lamp(room="hall")
print(lamp._state.adding, lamp._state.db, lamp._is_pk_set())

# en: Once saved or loaded: adding is False and db is the alias.
# ru: После сохранения или загрузки adding равно False, а db — псевдоним базы.
# es: Una vez guardada o cargada: adding es False y db es el alias.
lamp.save()
loaded = Lamp.objects.get(pk=lamp.pk)
print(lamp._state.adding, lamp._state.db, loaded._state.adding, loaded._state.db)

# en: fetch_mode (Django 6.1) stays FETCH_ONE unless the queryset picks another mode.
# ru: fetch_mode (Django 6.1) остаётся FETCH_ONE, если QuerySet не выбрал другой режим.
# es: fetch_mode (Django 6.1) sigue siendo FETCH_ONE salvo que el QuerySet elija otro modo.
peer = Lamp.objects.fetch_mode(models.FETCH_PEERS).get(pk=lamp.pk)
print(
    type(lamp._state.fetch_mode).__name__,
    type(loaded._state.fetch_mode).__name__,
    type(peer._state.fetch_mode).__name__,
)

# en: _is_pk_set() only asks about None: zero counts as set.
# ru: _is_pk_set() проверяет только None: ноль считается заданным значением.
# es: _is_pk_set() solo pregunta por None: el cero cuenta como valor asignado.
print(lamp._is_pk_set(), Lamp(id=0)._is_pk_set())
