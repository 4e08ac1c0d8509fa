import { models } from 'django/db';
import { SynchronousOnlyOperation } from 'django/core/exceptions';
import { asyncContext } from 'sandbox/asyncio';
import { sync_to_async } from 'asgiref/sync';
import { print, repr } from 'python/builtins';

class Novel extends models.Model {
  title = models.CharField({ max_length: 120 });
}

Novel.objects.create({ title: 'Dune' });

// en: asyncContext() runs the function the way an async def view runs: with an event loop.
// ru: asyncContext() выполняет функцию так, как выполняется view с async def: с циклом событий.
// es: asyncContext() ejecuta la función como se ejecuta una vista async def: con un bucle de eventos.
await asyncContext(async () => {
  try {
    Novel.objects.get({ pk: 1 });
  } catch (error) {
    if (!(error instanceof SynchronousOnlyOperation)) throw error;
    print(repr(error));
  }

  // en: The async twin of the method works, and so does sync code wrapped in sync_to_async().
  // ru: Асинхронный двойник метода работает, как и синхронный код, обёрнутый в sync_to_async().
  // es: El equivalente asíncrono del método funciona, igual que el código síncrono envuelto en sync_to_async().
  const novel = await Novel.objects.aget({ pk: 1 });
  print('aget():', novel.title);
  const count = await sync_to_async(() => Novel.objects.count())();
  print('sync_to_async(count):', count);
});
