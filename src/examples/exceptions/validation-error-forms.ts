import { ValidationError } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

// en: 1. One message: .message, .code and .params are set.
// ru: 1. Одно сообщение: заполнены .message, .code и .params.
// es: 1. Un mensaje: quedan asignados .message, .code y .params.
const single = new ValidationError('Enter a whole number.', { code: 'invalid' });
print(repr(single), single.message, single.code, single.params);

// en: 2. A list: the errors are flattened into error_list.
// ru: 2. Список: ошибки разворачиваются в плоский error_list.
// es: 2. Una lista: los errores se aplanan en error_list.
const list = new ValidationError([
  'Too short.',
  new ValidationError('No digits.', { code: 'no_digits' }),
  new ValidationError(['Common password.', 'Looks like your name.']),
]);
print(list.error_list!.length, list.messages);

// en: 3. A dict: field name -> message(s), kept in error_dict.
// ru: 3. Словарь: имя поля -> сообщение или список сообщений, хранится в error_dict.
// es: 3. Un diccionario: nombre de campo -> mensaje(s), guardado en error_dict.
const dict = new ValidationError({
  email: 'Enter a valid email address.',
  age: ['Must be a number.', new ValidationError('Must be 18 or over.', { code: 'min_age' })],
});
print(dict.message_dict);
print(dict.error_dict!.age![1]!.code);

// en: 4. Another ValidationError: its contents are copied.
// ru: 4. Другой ValidationError: его содержимое копируется.
// es: 4. Otra ValidationError: su contenido se copia.
print(repr(new ValidationError(dict)));
