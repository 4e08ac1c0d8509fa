import { models } from 'django/db';
import { ValidationError } from 'django/core/exceptions';
import { print } from 'python/builtins';

class Room extends models.Model {
  code = models.CharField({ max_length: 4, unique: true });
  seats = models.IntegerField();
  floor = models.IntegerField({ default: 0 });

  override clean(): void {
    print('clean() runs too');
    if (this.floor < 0) throw new ValidationError('Rooms below ground are not bookable.');
  }
}

Room.objects.create({ code: 'A1', seats: 10 });

// en: save() does not validate: full_clean() has to be called by hand.
// ru: save() ничего не проверяет: full_clean() нужно вызвать самому.
// es: save() no valida: hay que llamar a full_clean() a mano.
const room = new Room({ code: 'A1', seats: 'many' as never, floor: -1 });
try {
  room.full_clean();
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  // en: One ValidationError gathers the errors of every step.
  // ru: Один ValidationError собирает ошибки всех шагов.
  // es: Una sola ValidationError agrupa los errores de todos los pasos.
  print(error.message_dict);
}

// en: Excluded fields are neither cleaned nor checked for uniqueness.
// ru: Исключённые поля не проходят ни проверку значений, ни проверку уникальности.
// es: Los campos excluidos no se limpian ni se comprueban en cuanto a unicidad.
const exclude = ['code', 'seats'];
room.floor = 2;
room.full_clean({ exclude });
print('valid without', exclude);
