from django.core.exceptions import ValidationError

# en: Values stay out of the text: params are filled in only when the message is rendered.
# ru: Значения не вписываются в текст: params подставляются только при выводе сообщения.
# es: Los valores quedan fuera del texto: params solo se sustituyen cuando se genera el mensaje.
too_long = ValidationError(
    "Keep it under %(limit)s characters (it has %(length)s).",
    code="max_length",
    params={"limit": 10, "length": 14},
)
print(too_long.message)
print(too_long.messages)

by_field = ValidationError({"title": [too_long], "slug": "Only letters, digits and hyphens."})
# en: messages flattens all fields; message_dict keeps the field names.
# ru: messages сводит все поля в один список; message_dict сохраняет имена полей.
# es: messages aplana todos los campos; message_dict conserva los nombres de los campos.
print(by_field.messages)
print(by_field.message_dict)
# en: Iterating over a dict-style error yields (field, messages) pairs.
# ru: Перебор ошибки-словаря даёт пары (поле, сообщения).
# es: Recorrer un error en forma de diccionario produce pares (campo, mensajes).
for field, messages in by_field:
    print(field, messages)
print(str(by_field))

# en: A single or list error has no error_dict, so message_dict fails.
# ru: У одиночной ошибки и у списка нет error_dict, поэтому message_dict не работает.
# es: Un error simple o de lista no tiene error_dict, así que message_dict falla.
print(repr(too_long))
print(too_long.message_dict)
