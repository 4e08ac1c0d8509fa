import { models } from 'django/db';
import { NON_FIELD_ERRORS, ValidationError } from 'django/core/exceptions';
import { print } from 'python/builtins';
import { date } from 'python/datetime';

class Event extends models.Model {
  title = models.CharField({ max_length: 20 });
  starts = models.DateField();
  ends = models.DateField();

  // en: clean() checks the model as a whole; a plain message belongs to no field.
  // ru: clean() проверяет модель целиком; простое сообщение не относится ни к одному полю.
  // es: clean() comprueba el modelo en su conjunto; un mensaje simple no pertenece a ningún campo.
  override clean(): void {
    if (this.ends < this.starts) {
      throw new ValidationError('The event ends before it starts.', { code: 'dates_reversed' });
    }
  }
}

const event = new Event({ title: 'A very long conference title', starts: new date(2026, 5, 2), ends: new date(2026, 5, 1) });
try {
  event.full_clean();
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  // en: full_clean() gathers every stage into one error keyed by field.
  // ru: full_clean() собирает все этапы в одну ошибку с ключами по полям.
  // es: full_clean() junta todas las etapas en un único error indexado por campo.
  print(error.message_dict);
  print(NON_FIELD_ERRORS, error.error_dict![NON_FIELD_ERRORS]![0]!.code);
}

// en: save() does not validate: call full_clean() yourself before saving.
// ru: save() ничего не проверяет: вызывайте full_clean() сами перед сохранением.
// es: save() no valida: hay que llamar a full_clean() antes de guardar.
event.save();
print(Event.objects.count());
