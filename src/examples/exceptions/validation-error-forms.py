from django.core.exceptions import ValidationError

# en: 1. A single message: .message, .code and .params are set.
# ru: 1. Одно сообщение: заданы .message, .code и .params.
# es: 1. Un único mensaje: se asignan .message, .code y .params.
single = ValidationError("Enter a whole number.", code="invalid")
print(repr(single), single.message, single.code, single.params)

# en: 2. A list: the errors are flattened into error_list.
# ru: 2. Список: ошибки разворачиваются в error_list.
# es: 2. Una lista: los errores se aplanan en error_list.
errors = ValidationError(
    [
        "Too short.",
        ValidationError("No digits.", code="no_digits"),
        ValidationError(["Common password.", "Looks like your name."]),
    ]
)
print(len(errors.error_list), errors.messages)

# en: 3. A dict from field name to message or messages, kept in error_dict.
# ru: 3. Словарь «имя поля — сообщение или сообщения», он хранится в error_dict.
# es: 3. Un diccionario de nombre de campo a uno o varios mensajes, guardado en error_dict.
by_field = ValidationError(
    {
        "email": "Enter a valid email address.",
        "age": ["Must be a number.", ValidationError("Must be 18 or over.", code="min_age")],
    }
)
print(by_field.message_dict)
print(by_field.error_dict["age"][1].code)

# en: 4. Another ValidationError: its contents are taken over.
# ru: 4. Другой ValidationError: его содержимое переносится.
# es: 4. Otra ValidationError: se adopta su contenido.
print(repr(ValidationError(by_field)))
