# en: In a Django shell, print() writes to the console; here the output panel shows the same.
# ru: В оболочке Django print() пишет в терминал; здесь то же самое видно в панели вывода.
# es: En el shell de Django, print() escribe en la consola; aquí lo mismo se ve en el panel de salida.
print("Hello from the playground")
# en: repr() gives the Python notation of a value.
# ru: repr() даёт запись значения в нотации Python.
# es: repr() devuelve la notación de Python de un valor.
print(repr("Ёлка 🎄"), repr(None), repr([1, 2.5, True]))
