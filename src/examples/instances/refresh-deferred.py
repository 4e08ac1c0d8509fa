from django.db import models


class Report(models.Model):
    title = models.CharField(max_length=100)
    body = models.TextField()
    status = models.CharField(max_length=10, default="draft")


report = Report.objects.create(title="Q3", body="...")
Report.objects.filter(pk=report.pk).update(title="Q3 final", status="sent")

# en: After del, only that field is read again, the next time it is used.
# ru: После del заново читается только это поле — при следующем обращении.
# es: Después de del, solo ese campo se vuelve a leer, la próxima vez que se use.
report.body = "unsaved edit"
del report.title
print(report.get_deferred_fields())
print(report.title, "|", report.body, "|", report.status)

# en: only() and defer() leave fields out; get_deferred_fields() gives their attnames.
# ru: only() и defer() не загружают поля; get_deferred_fields() называет их attname.
# es: only() y defer() dejan campos fuera; get_deferred_fields() devuelve sus attname.
light = Report.objects.only("title").get(pk=report.pk)
print(sorted(light.get_deferred_fields()), Report().get_deferred_fields())
