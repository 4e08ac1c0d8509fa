from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=50)


class LoyaltyCard(models.Model):
    customer = models.OneToOneField(Customer, on_delete=models.CASCADE)
    points = models.IntegerField(default=0)


bob = Customer.objects.create(name="Bob")
LoyaltyCard.objects.create(customer=bob, points=40)
ann = Customer.objects.create(name="Ann")

# en: Bob owns a card and Ann does not yet, so her reverse accessor raises.
# ru: У Bob карта есть, у Ann ещё нет, поэтому её обратный атрибут выбрасывает исключение.
# es: Bob tiene una tarjeta y Ann todavía no, así que el accesor inverso de Ann lanza una excepción.
print(bob.loyaltycard.points)
try:
    print(ann.loyaltycard)
except AttributeError as error:
    print(type(error).__qualname__, "|", error)
    print(isinstance(error, LoyaltyCard.DoesNotExist), isinstance(error, AttributeError))

# en: Since it is also an AttributeError, hasattr() returns False.
# ru: Поскольку это ещё и AttributeError, hasattr() возвращает False.
# es: Como además es una AttributeError, hasattr() devuelve False.
print(hasattr(ann, "loyaltycard"))
LoyaltyCard.objects.create(customer=ann)
print(hasattr(Customer.objects.get(pk=ann.pk), "loyaltycard"))
