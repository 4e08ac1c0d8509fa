import asyncio

from django.db import models


class Team(models.Model):
    name = models.CharField(max_length=50)


class Player(models.Model):
    name = models.CharField(max_length=50)
    team = models.ForeignKey(Team, on_delete=models.CASCADE)


reds = Team.objects.create(name="Reds")
blues = Team.objects.create(name="Blues")
kim = Player.objects.create(name="Kim", team=reds)
Player.objects.filter(pk=kim.pk).update(team=blues)

# en: A relation goes by its field name or its attname; the cached team is thrown away.
# ru: Связь называют по имени поля или по attname; закешированная команда сбрасывается.
# es: Una relación se indica por el nombre del campo o por su attname; el equipo en caché se descarta.
print(kim.team.name)
print(repr(kim.refresh_from_db(fields=["team_id"])), kim.team.name)

# en: An empty list does nothing and sends no query.
# ru: Пустой список ничего не делает и запроса не отправляет.
# es: Una lista vacía no hace nada y no envía ninguna consulta.
kim.refresh_from_db(fields=[])

# en: arefresh_from_db() is the asynchronous variant; using names the database to read.
# ru: arefresh_from_db() — асинхронный вариант; using задаёт, из какой базы читать.
# es: arefresh_from_db() es la variante asíncrona; using indica de qué base de datos leer.
asyncio.run(kim.arefresh_from_db(using="default", fields=["name"]))
print(kim.name, kim._state.db)


def attempt(label, action):
    try:
        action()
    except Exception as error:
        print(label, "->", repr(error))


def delete_then_refresh():
    Player.objects.get(pk=kim.pk).delete()
    kim.refresh_from_db()


attempt("a lookup", lambda: kim.refresh_from_db(fields=["team__name"]))
attempt("no such field", lambda: kim.refresh_from_db(fields=["nickname"]))
attempt("row deleted", delete_then_refresh)
attempt("never saved", lambda: Player(name="New").refresh_from_db())
