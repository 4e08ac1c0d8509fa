from django.contrib.admin import AdminSite
from django.contrib.admin.exceptions import DisallowedModelAdminLookup
from django.db import models
from django.test import RequestFactory


class Customer(models.Model):
    name = models.CharField(max_length=50)
    api_token = models.CharField(max_length=64)


class Order(models.Model):
    number = models.CharField(max_length=10)
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)


site = AdminSite()
site.register(Customer)
site.register(Order)
order_admin = site.get_model_admin(Order)


# en: The admin's pop-up list of orders for /admin/app/order/?_popup=1&<query>.
# ru: Всплывающий список заказов в админке для /admin/app/order/?_popup=1&<query>.
# es: La lista emergente de pedidos del admin para /admin/app/order/?_popup=1&<query>.
def changelist(query):
    request = RequestFactory().get("/admin/app/order/", {"_popup": "1", **query})
    return order_admin.get_changelist_instance(request)


print(changelist({"number__startswith": "A"}).filter_params)
# en: Guessing a customer's token letter by letter through a crafted URL is refused.
# ru: Подобрать токен клиента по букве через самодельный URL не выйдет.
# es: Adivinar el token de un cliente letra a letra con una URL fabricada se rechaza.
try:
    changelist({"customer__api_token__startswith": "a"})
except DisallowedModelAdminLookup as error:
    print(repr(error))
