import { models } from 'django/db';
import { MultipleObjectsReturned } from 'django/core/exceptions';
import { print } from 'python/builtins';

class Ticket extends models.Model {
  status = models.CharField({ max_length: 10 });
}

for (let n = 0; n < 3; n += 1) Ticket.objects.create({ status: 'open' });

// en: Three rows match, so get() reports how many it found.
// ru: Подходят три строки, и get() сообщает, сколько нашёл.
// es: Coinciden tres filas, y get() informa de cuántas encontró.
try {
  Ticket.objects.get({ status: 'open' });
} catch (error) {
  if (!(error instanceof Ticket.MultipleObjectsReturned)) throw error;
  print(error.message);
  print(error instanceof MultipleObjectsReturned);
}

// en: get() reads at most 21 rows, so past 20 it stops counting.
// ru: get() читает не больше 21 строки, поэтому после 20 перестаёт считать.
// es: get() lee 21 filas como máximo, de modo que más allá de 20 deja de contar.
for (let n = 0; n < 30; n += 1) Ticket.objects.create({ status: 'closed' });
Ticket.objects.get({ status: 'closed' });
