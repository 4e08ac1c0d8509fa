import { models, Error } from 'django/db';
import { print, repr } from 'python/builtins';

class Tag extends models.Model {
  name = models.CharField({ max_length: 20, unique: true });
}

// en: One handler for every database failure, whatever its subclass.
// ru: Один обработчик на любой сбой базы данных, какого бы подкласса он ни был.
// es: Un manejador para todo fallo de la base de datos, sea de la subclase que sea.
function attempt(label: string, work: () => unknown): void {
  try {
    work();
    print(label, 'ok');
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    print(label, 'failed:', repr(error));
  }
}

attempt('create', () => Tag.objects.create({ name: 'django' }));
attempt('duplicate', () => Tag.objects.create({ name: 'django' }));
attempt('distinct on', () => Tag.objects.order_by('name').distinct('name').list());
