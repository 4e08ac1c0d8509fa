import { models } from 'django/db';
import { ValueError, print, repr } from 'python/builtins';

class Owner extends models.Model {
  name = models.CharField({ max_length: 50 });
}

class Ticket extends models.Model {
  subject = models.CharField({ max_length: 100 });
  owner = models.ForeignKey(Owner, { on_delete: models.CASCADE });
  declare owner_id: number;
  _loaded_values: Record<string, unknown> = {};

  // en: Django 6.1 passes fetch_mode as a keyword-only argument: accept it and hand it on.
  // ru: Django 6.1 передаёт fetch_mode только по имени: принимаем его и передаём дальше.
  // es: Django 6.1 pasa fetch_mode como argumento solo por nombre: hay que aceptarlo y transmitirlo.
  // en: Remember what came from the database, skipping fields that were not loaded.
  // ru: Запоминаем, что пришло из базы, пропуская незагруженные поля.
  // es: Recordar lo que vino de la base de datos, omitiendo los campos no cargados.
  static override from_db<T extends models.Model>(
    this: models.ModelClass<T>, db: string, field_names: readonly string[], values: readonly unknown[],
    { fetch_mode = null }: models.FromDbOptions = {},
  ): T {
    const instance = super.from_db(db, field_names, values, { fetch_mode }) as T & Ticket;
    instance._loaded_values = {};
    field_names.forEach((name, i) => {
      if (values[i] !== models.DEFERRED) instance._loaded_values[name] = values[i];
    });
    return instance;
  }

  // en: Refuse to move a loaded ticket to another owner.
  // ru: Не даём передать загруженный тикет другому владельцу.
  // es: Impedir que un ticket cargado pase a otro propietario.
  override save(options: models.SaveOptions = {}): void {
    if (!this._state.adding && this.owner_id !== this._loaded_values.owner_id) {
      throw new ValueError("Changing the owner of a ticket isn't allowed");
    }
    super.save(options);
  }
}

const ann = Owner.objects.create({ name: 'Ann' });
const bob = Owner.objects.create({ name: 'Bob' });
Ticket.objects.create({ subject: 'Printer jam', owner: ann });

const ticket = Ticket.objects.get({ subject: 'Printer jam' });
print(ticket._loaded_values, ticket._state.adding, ticket._state.db);
print(Ticket.objects.only('subject').get()._loaded_values, repr(models.DEFERRED));

ticket.subject = 'Printer jam, floor 2';
ticket.save();
ticket.owner = bob;
try {
  ticket.save();
} catch (error) {
  if (!(error instanceof ValueError)) throw error;
  print(repr(error));
}
