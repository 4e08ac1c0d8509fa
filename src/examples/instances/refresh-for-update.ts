import { models, transaction } from 'django/db';
import { print } from 'python/builtins';

class Account extends models.Model {
  balance = models.IntegerField({ default: 0 });
}

const account = Account.objects.create({ balance: 100 });

// en: Someone else changes the balance after we loaded the account.
// ru: Кто-то другой меняет баланс после того, как мы загрузили счёт.
// es: Otro proceso cambia el saldo una vez cargada la cuenta.
Account.objects.filter({ pk: account.pk }).update({ balance: 70 });

// en: Reload and lock the row in one query; the lock holds until the block ends.
// ru: Перечитываем и блокируем строку одним запросом; блокировка держится до конца блока.
// es: Recargar y bloquear la fila con una sola consulta; el bloqueo se mantiene hasta el final del bloque.
transaction.atomic(() => {
  account.refresh_from_db({ from_queryset: Account.objects.select_for_update() });
  print('balance under the lock:', account.balance);
  account.balance -= 50;
  account.save({ update_fields: ['balance'] });
});
print('after commit:', Account.objects.get({ pk: account.pk }).balance);
