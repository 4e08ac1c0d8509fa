import { ValidationError } from 'django/core/exceptions';
import { print, repr, str } from 'python/builtins';

// en: Keep values out of the text: params are substituted only when the message is rendered.
// ru: Значения держим вне текста: params подставляются только при выводе сообщения.
// es: Mantener los valores fuera del texto: params se sustituyen solo al generar el mensaje.
const tooLong = new ValidationError('Keep it under %(limit)s characters (it has %(length)s).', {
  code: 'max_length',
  params: { limit: 10, length: 14 },
});
print(tooLong.message);
print(tooLong.messages);

const byField = new ValidationError({ title: [tooLong], slug: 'Only letters, digits and hyphens.' });
// en: messages flattens every field; message_dict keeps the field names.
// ru: messages сливает все поля в один список; message_dict сохраняет имена полей.
// es: messages aplana todos los campos; message_dict mantiene los nombres de campo.
print(byField.messages);
print(byField.message_dict);
// en: Iterating a dict-style error gives (field, messages) pairs.
// ru: Перебор ошибки-словаря даёт пары (поле, сообщения).
// es: Iterar sobre un error en forma de diccionario da pares (campo, mensajes).
for (const [field, messages] of byField) print(field, messages);
print(str(byField));

// en: A single or list error has no error_dict, so message_dict fails.
// ru: У одиночной ошибки и у списка нет error_dict, поэтому message_dict падает.
// es: Un error simple o de lista no tiene error_dict, así que message_dict falla.
print(repr(tooLong));
print(tooLong.message_dict);
