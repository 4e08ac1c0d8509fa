from django.db import connection, models


class City(models.Model):
    name = models.CharField(max_length=50)


issued = 0


def next_code():
    global issued
    issued += 1
    return f"T-{issued}"


class Ticket(models.Model):
    code = models.CharField(max_length=8, primary_key=True, default=next_code)
    seat = models.CharField(max_length=4)


class Careful(models.Model):
    name = models.CharField(max_length=50)

    class Meta:
        select_on_save = True


def show(label, action):
    start = len(connection.queries)
    action()
    kinds = [query["sql"].split(" ")[0] for query in connection.queries[start:]]
    print(f"{label}:", ", ".join(kinds))


oslo = City(name="Oslo")
show("pk is None", oslo.save)
show("pk is set, row exists", oslo.save)
show("pk is set, no row", City(id=9, name="Bergen").save)

# en: A primary key with a default sends a new instance straight to INSERT.
# ru: Если у первичного ключа есть default, новый экземпляр сразу идёт в INSERT.
# es: Una clave primaria con default envía la instancia nueva directamente a INSERT.
ticket = Ticket(seat="12A")
show(f"new ticket {ticket.code}", ticket.save)
show("same ticket again", ticket.save)

# en: select_on_save looks first, then does UPDATE or INSERT: same result, more queries.
# ru: select_on_save сначала смотрит, потом делает UPDATE или INSERT: итог тот же, запросов больше.
# es: select_on_save consulta primero y luego hace UPDATE o INSERT: mismo resultado, más consultas.
careful = Careful.objects.create(name="a")
show("select_on_save", careful.save)
