import { models } from 'django/db';
import { ValidationError } from 'django/core/exceptions';
import { print } from 'python/builtins';
import { date } from 'python/datetime';

class Booking extends models.Model {
  reference = models.CharField({ max_length: 8, unique: true });
  room = models.CharField({ max_length: 4 });
  night = models.DateField();
  guest = models.CharField({ max_length: 30, unique_for_date: 'night' });
  static Meta = { unique_together: [['room', 'night']] };
}

Booking.objects.create({ reference: 'BK-1', room: '101', night: new date(2026, 7, 1), guest: 'Ann' });

const clash = new Booking({ reference: 'BK-1', room: '101', night: new date(2026, 7, 1), guest: 'Ann' });
try {
  clash.validate_unique();
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  print(error.message_dict);
}

// en: Excluding room drops the room-and-night check; excluding guest drops its date check.
// ru: Без room пропадает проверка пары room и night, без guest — проверка по дате.
// es: Al excluir room se pierde la comprobación de room y night; al excluir guest, la de su fecha.
try {
  clash.validate_unique({ exclude: ['room', 'guest'] });
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  print(error.message_dict);
}
