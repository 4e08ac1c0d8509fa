from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

# en: Two errors are equal when message, code and params match; the order of params does not count.
# ru: Две ошибки равны, если совпадают сообщение, код и params; порядок в params роли не играет.
# es: Dos errores son iguales cuando coinciden message, code y params; el orden de params no cuenta.
a = ValidationError("%(a)s and %(b)s", code="pair", params={"a": 1, "b": 2})
b = ValidationError("%(a)s and %(b)s", code="pair", params={"b": 2, "a": 1})
print(a == b)
# en: The code matters, and so does the shape: one error is not a list that holds it.
# ru: Важны и код, и вид ошибки: одна ошибка — не то же, что список с ней.
# es: El código importa, y también la forma: un error no es igual a una lista que lo contiene.
print(ValidationError("x") == ValidationError("x", code="other"))
print(ValidationError("x") == ValidationError(["x"]))
print(ValidationError(["x", "y"]) == ValidationError(["y", "x"]))
# en: Under one key of a dict-style error, however, the order of the messages matters.
# ru: Но под одним ключом ошибки-словаря порядок сообщений важен.
# es: En cambio, bajo una misma clave de un error en forma de diccionario, el orden de los mensajes sí importa.
print(ValidationError({"name": ["a", "b"]}) == ValidationError({"name": ["b", "a"]}))

# en: update_error_dict() merges the errors into a dict you are collecting them in.
# ru: update_error_dict() добавляет ошибки в словарь, где вы их собираете.
# es: update_error_dict() fusiona los errores en un diccionario en el que se van reuniendo.
collected = {}
ValidationError({"name": "Required."}).update_error_dict(collected)
ValidationError("Try again later.").update_error_dict(collected)
print(list(collected), NON_FIELD_ERRORS in collected)
print(ValidationError(collected).message_dict)
