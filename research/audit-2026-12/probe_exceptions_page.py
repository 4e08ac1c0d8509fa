"""Claims of the exceptions page (audit findings b7, b11, b22, and FieldError's causes)."""

from setup import case, create_tables

from django.core.exceptions import ValidationError
from django.db import models

print("--- b7: ValidationError equality")
case(
    "single, params in another order",
    lambda: (
        ValidationError("m %(a)s %(b)s", params={"a": 1, "b": 2})
        == ValidationError("m %(a)s %(b)s", params={"b": 2, "a": 1})
    ),
)
case("list, items in another order", lambda: ValidationError(["a", "b"]) == ValidationError(["b", "a"]))
case(
    "dict, keys in another order",
    lambda: ValidationError({"f": ["a"], "g": ["b"]}) == ValidationError({"g": ["b"], "f": ["a"]}),
)
case(
    "dict, one field's list in another order",
    lambda: ValidationError({"f": ["a", "b"]}) == ValidationError({"f": ["b", "a"]}),
)
case("single vs a list holding it", lambda: ValidationError("a") == ValidationError(["a"]))


print("--- b11: an ordering that loops through relations")


class Node(models.Model):
    parent = models.ForeignKey("self", models.CASCADE, null=True)

    class Meta:
        app_label = "probe"
        ordering = ["parent"]


print("class defined: Node, Meta.ordering = ['parent']")
create_tables(Node)
case("str(Node.objects.all().query)", lambda: str(Node.objects.all().query))
case("list(Node.objects.all())", lambda: list(Node.objects.all()))


class Left(models.Model):
    right = models.ForeignKey("Right", models.CASCADE, null=True)

    class Meta:
        app_label = "probe"
        ordering = ["right"]


class Right(models.Model):
    left = models.ForeignKey(Left, models.CASCADE, null=True)

    class Meta:
        app_label = "probe"
        ordering = ["left"]


print("classes defined: Left ordered by right, Right ordered by left")
create_tables(Left, Right)
case("list(Left.objects.all())", lambda: list(Left.objects.all()))

print("--- FieldError: the causes Django lists")


class Book(models.Model):
    title = models.CharField(max_length=10)

    class Meta:
        app_label = "probe"


create_tables(Book)
case("keyword that cannot be parsed: filter(**{'': 1})", lambda: Book.objects.filter(**{"": 1}))
case("unknown field: filter(titel='x')", lambda: Book.objects.filter(titel="x"))
case("join on a non-relation: filter(title__author='x')", lambda: Book.objects.filter(title__author="x"))
case("invalid field name: select_related('nope')", lambda: list(Book.objects.select_related("nope")))
case(
    "invalid field name: get_or_create(defaults={'nope': 1})",
    lambda: Book.objects.get_or_create(title="a", defaults={"nope": 1}),
)
case("invalid order_by argument: order_by(1)", lambda: Book.objects.order_by(1))
case("unknown field in order_by('nope')", lambda: Book.objects.order_by("nope"))


class Base(models.Model):
    title = models.CharField(max_length=10)

    class Meta:
        abstract = True
        app_label = "probe"


def clash_with_concrete_parent():
    class Parent(models.Model):
        title = models.CharField(max_length=10)

        class Meta:
            app_label = "probe"

    class Child(Parent):
        title = models.CharField(max_length=20)

        class Meta:
            app_label = "probe"

    return "defined"


case("field clashing with a concrete parent's field", clash_with_concrete_parent)


def override_abstract_parent_field():
    class FromAbstract(Base):
        title = models.CharField(max_length=20)

        class Meta:
            app_label = "probe"

    return FromAbstract._meta.get_field("title").max_length


case("same-named field over an abstract parent's (max_length of the result)", override_abstract_parent_field)

print("--- b22: a session whose stored data fails its signature check")
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.contrib.sessions.middleware import SessionMiddleware  # noqa: E402
from django.contrib.sessions.models import Session  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import RequestFactory, override_settings  # noqa: E402

create_tables(Session)
store = SessionStore()
store["user"] = 7
store.save()
Session.objects.filter(pk=store.session_key).update(session_data="tampered:data")


def view(request):
    return HttpResponse(f"session items: {dict(request.session.items())}")


with override_settings(SESSION_ENGINE="django.contrib.sessions.backends.db"):
    request = RequestFactory().get("/", HTTP_COOKIE=f"sessionid={store.session_key}")
    response = SessionMiddleware(view)(request)
print("db backend, tampered row:", response.status_code, response.content.decode())

with override_settings(SESSION_ENGINE="django.contrib.sessions.backends.signed_cookies"):
    request = RequestFactory().get("/", HTTP_COOKIE="sessionid=forged.cookie:value")
    response = SessionMiddleware(view)(request)
print("signed_cookies backend, forged cookie:", response.status_code, response.content.decode())
