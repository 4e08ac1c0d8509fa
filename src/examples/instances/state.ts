import { models } from 'django/db';
import { print } from 'python/builtins';
import { typeName } from 'sandbox/python';

class Lamp extends models.Model {
  room = models.CharField({ max_length: 20 });
}

// en: A new instance: adding=True, db=None.
// ru: Новый экземпляр: adding=True, db=None.
// es: Instancia nueva: adding=True, db=None.
const lamp = new Lamp({ room: 'hall' });
print(lamp._state.adding, lamp._state.db, lamp._is_pk_set());

// en: Saved or loaded: adding=False, db is the alias.
// ru: Сохранённый или загруженный: adding=False, в db — псевдоним базы.
// es: Guardada o cargada: adding=False, y db es el alias de la base de datos.
lamp.save();
const loaded = Lamp.objects.get({ pk: lamp.pk });
print(lamp._state.adding, lamp._state.db, loaded._state.adding, loaded._state.db);

// en: fetch_mode (Django 6.1) is FETCH_ONE unless the queryset chose another mode.
// ru: fetch_mode (Django 6.1) равен FETCH_ONE, если QuerySet не выбрал другой режим.
// es: fetch_mode (Django 6.1) vale FETCH_ONE a menos que el QuerySet haya elegido otro modo.
const peer = Lamp.objects.fetch_mode(models.FETCH_PEERS).get({ pk: lamp.pk });
print(typeName(lamp._state.fetch_mode), typeName(loaded._state.fetch_mode), typeName(peer._state.fetch_mode));

// en: _is_pk_set() is about None only: zero counts as set.
// ru: _is_pk_set() смотрит только на None: ноль считается заданным ключом.
// es: _is_pk_set() solo se fija en None: el cero cuenta como asignado.
print(lamp._is_pk_set(), new Lamp({ id: 0 })._is_pk_set());
