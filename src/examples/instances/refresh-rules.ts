import { models } from 'django/db';
import { Exception, print, repr } from 'python/builtins';

class Team extends models.Model {
  name = models.CharField({ max_length: 50 });
}

class Player extends models.Model {
  name = models.CharField({ max_length: 50 });
  team = models.ForeignKey(Team, { on_delete: models.CASCADE });
  declare team_id: number;
}

const reds = Team.objects.create({ name: 'Reds' });
const blues = Team.objects.create({ name: 'Blues' });
const kim = Player.objects.create({ name: 'Kim', team: reds });
Player.objects.filter({ pk: kim.pk }).update({ team: blues });

// en: A relation is named by its field name or its attname; the cached team is dropped.
// ru: Связь можно назвать по имени поля или по attname; закешированная команда сбрасывается.
// es: Una relación se nombra por su nombre de campo o su attname; el equipo guardado en caché se desecha.
print(kim.team.name);
print(repr(kim.refresh_from_db({ fields: ['team_id'] })), kim.team.name);

// en: An empty list does nothing and sends no query.
// ru: Пустой список ничего не делает и запросов не отправляет.
// es: Una lista vacía no hace nada y no envía ninguna consulta.
kim.refresh_from_db({ fields: [] });

// en: arefresh_from_db() is the async twin; using names the database to read from.
// ru: arefresh_from_db() — асинхронный двойник; using указывает, из какой базы читать.
// es: arefresh_from_db() es su equivalente asíncrono; using indica la base de datos de la que leer.
await kim.arefresh_from_db({ using: 'default', fields: ['name'] });
print(kim.name, kim._state.db);

function attempt(label: string, action: () => unknown): void {
  try {
    action();
  } catch (error) {
    if (!(error instanceof Exception)) throw error;
    print(label, '->', repr(error));
  }
}
attempt('a lookup', () => kim.refresh_from_db({ fields: ['team__name'] }));
attempt('no such field', () => kim.refresh_from_db({ fields: ['nickname'] }));
attempt('row deleted', () => {
  Player.objects.get({ pk: kim.pk }).delete();
  kim.refresh_from_db();
});
attempt('never saved', () => new Player({ name: 'New' }).refresh_from_db());
