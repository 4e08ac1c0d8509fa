import { models } from 'django/db';
import { ValidationError } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

class Parcel extends models.Model {
  weight = models.IntegerField();
  size = models.CharField({ max_length: 1, choices: { S: 'Small', L: 'Large' } });
  note = models.CharField({ max_length: 20, blank: true });
}

// en: A valid value is converted to the field's Python type.
// ru: Допустимое значение приводится к типу поля.
// es: Un valor válido se convierte al tipo de Python del campo.
const parcel = new Parcel({ weight: '12' as never, size: 'S' });
parcel.clean_fields();
print(repr(parcel.weight));

// en: Errors come as a dict, one list per field.
// ru: Ошибки приходят словарём, по списку на поле.
// es: Los errores llegan en un diccionario, una lista por campo.
const broken = new Parcel({ weight: 'heavy' as never, size: 'XL', note: 'x'.repeat(25) });
try {
  broken.clean_fields();
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  for (const [field, messages] of error) print(field, messages);
}

// en: exclude skips fields, for instance those a form does not show.
// ru: exclude пропускает поля, например те, которых нет в форме.
// es: exclude omite campos; por ejemplo, los que no aparecen en el formulario.
broken.clean_fields({ exclude: ['weight', 'size', 'note'] });
print('nothing left to check');
