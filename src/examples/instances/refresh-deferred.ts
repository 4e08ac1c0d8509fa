import { models } from 'django/db';
import { print, sorted } from 'python/builtins';

class Report extends models.Model {
  title = models.CharField({ max_length: 100 });
  body = models.TextField();
  status = models.CharField({ max_length: 10, default: 'draft' });
}

const report = Report.objects.create({ title: 'Q3', body: '...' });
Report.objects.filter({ pk: report.pk }).update({ title: 'Q3 final', status: 'sent' });

// en: Python: del report.title. Only that field is read again, on next access.
// ru: На Python: del report.title. Заново читается только это поле, при следующем обращении.
// es: En Python: del report.title. Solo ese campo se vuelve a leer, en el siguiente acceso.
report.body = 'unsaved edit';
report._delattr('title');
print(report.get_deferred_fields());
print(report.title, '|', report.body, '|', report.status);

// en: only() and defer() leave fields out; get_deferred_fields() names them by attname.
// ru: only() и defer() оставляют поля незагруженными; get_deferred_fields() называет их по attname.
// es: only() y defer() dejan campos sin cargar; get_deferred_fields() los nombra por su attname.
const light = Report.objects.only('title').get({ pk: report.pk });
print(sorted(light.get_deferred_fields()), new Report().get_deferred_fields());
