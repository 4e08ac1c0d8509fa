# @database postgresql
from django.db import models, transaction


class Account(models.Model):
    balance = models.IntegerField(default=0)


account = Account.objects.create(balance=100)

# en: The balance changes behind our back after the account was loaded.
# ru: Баланс меняют в обход нас уже после того, как счёт загружен.
# es: El saldo cambia a nuestras espaldas después de cargar la cuenta.
Account.objects.filter(pk=account.pk).update(balance=70)

# en: One query reloads and locks the row; the lock lasts until the block ends.
# ru: Один запрос перечитывает и блокирует строку; блокировка держится до конца блока.
# es: Una consulta vuelve a cargar la fila y la bloquea; el bloqueo dura hasta que termina el bloque.
with transaction.atomic():
    account.refresh_from_db(from_queryset=Account.objects.select_for_update())
    print("balance under the lock:", account.balance)
    account.balance -= 50
    account.save(update_fields=["balance"])
print("after commit:", Account.objects.get(pk=account.pk).balance)
