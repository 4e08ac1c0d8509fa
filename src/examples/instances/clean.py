import datetime

from django.db import models
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


class Post(models.Model):
    status = models.CharField(max_length=10, choices={"draft": "Draft", "live": "Live"})
    published = models.DateField(null=True, blank=True)

    def clean(self):
        # en: A plain message concerns the object as a whole.
        # ru: Простое сообщение относится ко всему объекту.
        # es: Un mensaje simple se refiere al objeto en su conjunto.
        if self.status == "draft" and self.published is not None:
            raise ValidationError("A draft cannot have a publication date.")
        # en: clean() can also supply a value that is missing.
        # ru: clean() может и подставить недостающее значение.
        # es: clean() también puede aportar un valor que falta.
        if self.status == "live" and self.published is None:
            self.published = datetime.date(2026, 3, 14)


draft = Post(status="draft", published=datetime.date(2026, 1, 5))
try:
    draft.full_clean()
except ValidationError as error:
    print(NON_FIELD_ERRORS, error.message_dict)

live = Post(status="live")
live.full_clean()
print(live.published)


# en: With a dict, each error belongs to a field and keeps its code.
# ru: В словаре каждая ошибка привязана к полю и сохраняет свой код.
# es: Con un diccionario, cada error pertenece a un campo y conserva su código.
class Event(models.Model):
    starts = models.DateField()
    ends = models.DateField()

    def clean(self):
        if self.ends < self.starts:
            raise ValidationError(
                {"ends": ValidationError("The event cannot end before it starts.", code="order")}
            )


try:
    Event(starts=datetime.date(2026, 5, 2), ends=datetime.date(2026, 5, 1)).full_clean()
except ValidationError as error:
    print(error.message_dict, error.error_dict["ends"][0].code)
