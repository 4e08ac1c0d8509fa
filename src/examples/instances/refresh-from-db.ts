import { models } from 'django/db';
import { print } from 'python/builtins';

class Entry extends models.Model {
  headline = models.CharField({ max_length: 100 });
  rating = models.IntegerField({ default: 0 });
}

// en: Save an entry, then change its row without going through the instance.
// ru: Сохраняем запись, а потом меняем её строку в обход экземпляра.
// es: Guardar una entrada y luego cambiar su fila sin pasar por la instancia.
const entry = Entry.objects.create({ headline: 'Draft', rating: 1 });
Entry.objects.filter({ pk: entry.pk }).update({ headline: 'Final', rating: 5 });
print(entry.headline, entry.rating);

// en: The instance still holds what it loaded; refresh_from_db() reads the row again.
// ru: Экземпляр помнит то, что загрузил; refresh_from_db() перечитывает строку.
// es: La instancia sigue con lo que cargó; refresh_from_db() vuelve a leer la fila.
entry.refresh_from_db({ fields: ['rating'] });
print(entry.headline, entry.rating);
entry.refresh_from_db();
print(entry.headline, entry.rating);
