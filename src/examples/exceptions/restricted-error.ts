import { models } from 'django/db';
import { print } from 'python/builtins';

class Project extends models.Model {
  name = models.CharField({ max_length: 50 });
}
class Board extends models.Model {
  project = models.ForeignKey(Project, { on_delete: models.CASCADE });
}
class Card extends models.Model {
  board = models.ForeignKey(Board, { on_delete: models.RESTRICT });
  project = models.ForeignKey(Project, { on_delete: models.CASCADE });
}

const project = Project.objects.create({ name: 'Launch' });
const board = Board.objects.create({ project });
Card.objects.create({ board, project });

// en: A board with cards cannot be deleted on its own.
// ru: Доску с карточками нельзя удалить саму по себе.
// es: Un tablero con tarjetas no puede eliminarse por separado.
try {
  board.delete();
} catch (error) {
  if (!(error instanceof models.RestrictedError)) throw error;
  print(error.args[0]);
  print(error.restricted_objects);
}

// en: Unlike PROTECT, RESTRICT gives way when the same delete also removes the cards
// ru: В отличие от PROTECT, RESTRICT уступает, если то же удаление убирает и карточки
// es: A diferencia de PROTECT, RESTRICT cede cuando la misma eliminación también quita las tarjetas
// en: through a CASCADE: deleting the project takes the board and its cards together.
// ru: по CASCADE: удаление проекта уносит доску вместе с карточками.
// es: mediante un CASCADE: eliminar el proyecto se lleva a la vez el tablero y sus tarjetas.
const [count, perModel] = project.delete();
print(count, perModel);
