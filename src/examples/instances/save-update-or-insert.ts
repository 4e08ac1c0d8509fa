import { connection, models } from 'django/db';
import { print } from 'python/builtins';

class City extends models.Model {
  name = models.CharField({ max_length: 50 });
}

let issued = 0;
function nextCode(): string {
  issued += 1;
  return `T-${issued}`;
}

class Ticket extends models.Model {
  code = models.CharField({ max_length: 8, primary_key: true, default: nextCode });
  seat = models.CharField({ max_length: 4 });
}

class Careful extends models.Model {
  name = models.CharField({ max_length: 50 });
  static Meta = { select_on_save: true };
}

function show(label: string, action: () => void): void {
  const start = connection.queries.length;
  action();
  const kinds = connection.queries.slice(start).map((query) => query.sql.split(' ')[0]);
  print(`${label}:`, kinds.join(', '));
}

const oslo = new City({ name: 'Oslo' });
show('pk is None', () => oslo.save());
show('pk is set, row exists', () => oslo.save());
show('pk is set, no row', () => new City({ id: 9, name: 'Bergen' }).save());

// en: A primary key with a default: a new instance goes straight to INSERT.
// ru: У первичного ключа есть default: новый экземпляр сразу идёт в INSERT.
// es: Clave primaria con default: una instancia nueva va directa a INSERT.
const ticket = new Ticket({ seat: '12A' });
show(`new ticket ${ticket.code}`, () => ticket.save());
show('same ticket again', () => ticket.save());

// en: select_on_save: look first, then UPDATE or INSERT. Same result, more queries.
// ru: select_on_save: сначала проверка, затем UPDATE или INSERT. Итог тот же, запросов больше.
// es: select_on_save: primero mirar, luego UPDATE o INSERT. El mismo resultado, con más consultas.
const careful = Careful.objects.create({ name: 'a' });
show('select_on_save', () => careful.save());
