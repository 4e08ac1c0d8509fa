import { print, repr } from 'python/builtins';

// en: print() writes to the output panel, the way it writes to a Django shell.
// ru: print() пишет в панель вывода — так же, как в консоль Django.
// es: print() escribe en el panel de salida, igual que lo haría en el shell de Django.
print('Hello from the playground');
// en: repr() shows a value the way Python would.
// ru: repr() показывает значение так, как его показал бы Python.
// es: repr() muestra un valor tal como lo mostraría Python.
print(repr('Ёлка 🎄'), repr(null), repr([1, 2.5, true]));
