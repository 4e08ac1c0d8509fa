import { models } from 'django/db';
import { print, repr } from 'python/builtins';

class Novel extends models.Model {
  title = models.CharField({ max_length: 50 });
  pages = models.IntegerField({ default: 100 });
}

// en: Python: Novel.objects.create(title='Dune', pages=412)
// ru: На Python: Novel.objects.create(title='Dune', pages=412)
// es: En Python: Novel.objects.create(title='Dune', pages=412)
const dune = Novel.objects.create({ title: 'Dune', pages: 412 });
Novel.objects.create({ title: 'Emma' });

// en: Lookups keep their double underscores: pages__gt=200 becomes { pages__gt: 200 }.
// ru: Двойные подчёркивания в лукапах (lookup) остаются: pages__gt=200 превращается в { pages__gt: 200 }.
// es: Los lookups (búsquedas por campo) conservan el doble guion bajo: pages__gt=200 pasa a ser { pages__gt: 200 }.
print(repr(Novel.objects.filter({ pages__gt: 200 }).values_list('title', { flat: true })));
print(Novel.objects.filter({ title__startswith: 'Emma' }).count());

// en: Python: dune.save(update_fields=['pages'])
// ru: На Python: dune.save(update_fields=['pages'])
// es: En Python: dune.save(update_fields=['pages'])
dune.pages = 415;
dune.save({ update_fields: ['pages'] });
print(Novel.objects.get({ pk: dune.pk }).pages);
