import { models } from 'django/db';
import { print } from 'python/builtins';

class Library extends models.Model {
  name = models.CharField({ max_length: 50 });
}

class Tag extends models.Model {
  label = models.CharField({ max_length: 20 });
}

class Volume extends models.Model {
  title = models.CharField({ max_length: 50 });
  library = models.ForeignKey(Library, { on_delete: models.CASCADE });
  tags = models.ManyToManyField(Tag);
}

const library = Library.objects.create({ name: 'Town' });
const rare = Tag.objects.create({ label: 'rare' });
for (const title of ['Atlas', 'Herbal']) {
  Volume.objects.create({ title, library }).tags.add(rare);
}

// en: The count includes the cascaded volumes and their many-to-many rows.
// ru: В подсчёт входят удалённые каскадом тома и их строки связи «многие ко многим».
// es: La cuenta incluye los volúmenes eliminados en cascada y sus filas de la relación muchos a muchos.
const [total, perModel] = library.delete();
print(total, perModel);

// en: The object survives in memory with its data, but its pk is now None.
// ru: Объект остаётся в памяти со своими данными, но его pk теперь None.
// es: El objeto sobrevive en memoria con sus datos, aunque su pk ahora es None.
print(library.name, library.pk);

// en: adelete() is the async twin.
// ru: adelete() — асинхронный двойник.
// es: adelete() es su equivalente asíncrono.
print(...(await rare.adelete()));
