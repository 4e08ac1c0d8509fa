/**
 * The race lab's scenarios (src/components/RaceLab.astro). Each variant is one file here,
 * `<id>.<variant>.ts`, in the example format (`// en:`/`// ru:` comment pairs): a module whose
 * default export is a Scheduler from sandbox/scheduler. `recorded.json` holds what the
 * build shows without JavaScript (each variant's interleaving count and failures, and the
 * first failing interleaving's timeline); `RECORD_RACE_LAB=1 npx vitest run tests/race-lab`
 * rewrites it, and the same test fails when it is out of date.
 */
import type { Lang } from '../i18n/locales';

export type VariantId = 'race' | 'partial' | 'fix';

export interface ScenarioVariant {
  id: VariantId;
  /** What this version of the code does, in each language. */
  label: Record<Lang, string>;
}

export interface Scenario {
  id: string;
  /** The guide's section that explains the race. */
  section: string;
  title: Record<Lang, string>;
  description: Record<Lang, string>;
  variants: ScenarioVariant[];
}

const RACE: ScenarioVariant = { id: 'race', label: { en: 'The race', ru: 'Гонка', es: 'La condición de carrera' } };

export const SCENARIOS: Scenario[] = [
  {
    id: 'exists-get',
    section: 'exists-then-get',
    title: { en: 'exists() then get(), against a concurrent delete', ru: 'exists(), затем get(), при параллельном удалении', es: 'exists() y luego get(), frente a una eliminación concurrente' },
    description: {
      en: 'Request A checks that the cart exists and then fetches it: two queries. If process B deletes the cart between them, get() raises DoesNotExist although the check said yes.',
      ru: 'Запрос A проверяет, что корзина есть, и затем получает её: это два запроса. Если процесс B удалит корзину между ними, get() выбросит DoesNotExist, хотя проверка ответила «да».',
      es: 'La petición A comprueba que el carrito existe y después lo obtiene: dos consultas. Si el proceso B elimina el carrito entre ambas, get() lanza DoesNotExist aunque la comprobación haya dicho que sí.',
    },
    variants: [RACE, { id: 'fix', label: { en: 'Fix: try get(), handle DoesNotExist', ru: 'Исправление: get() в try, обработка DoesNotExist', es: 'Corrección: get() en un try que trata DoesNotExist' } }],
  },
  {
    id: 'stale-cache',
    section: 'stale-cache',
    title: { en: 'A stale cache entry', ru: 'Устаревшая запись в кеше', es: 'Una entrada de caché obsoleta' },
    description: {
      en: 'The reader serves the cart from the cache or fills the cache from the table; the job deletes the row. The check after each run fails when the cache still holds a cart whose row is gone. Invalidating the entry on delete is not enough on its own: a reader that read the row before the delete and writes the cache after the invalidation puts the stale entry back. Holding the row lock while reading and filling, and while deleting and invalidating, closes that last interleaving.',
      ru: 'Читатель отдаёт корзину из кеша или заполняет кеш из таблицы; задача удаляет строку. Проверка после прогона не проходит, если в кеше осталась корзина, строки которой уже нет. Одного удаления записи из кеша мало: читатель, который прочитал строку до удаления, а записал её в кеш уже после очистки, возвращает туда устаревшую запись. Блокировка строки на время чтения с заполнением и на время удаления с очисткой закрывает и это последнее чередование.',
      es: 'El lector sirve el carrito desde la caché o llena la caché a partir de la tabla; la tarea elimina la fila. La comprobación que sigue a cada ejecución falla cuando la caché aún guarda un carrito cuya fila ya no existe. Invalidar la entrada al eliminar no basta por sí solo: un lector que leyó la fila antes de la eliminación y escribe en la caché después de la invalidación vuelve a colocar en ella la entrada obsoleta. Mantener el bloqueo de la fila mientras se lee y se llena la caché, y mientras se elimina y se invalida, cierra ese último intercalado.',
    },
    variants: [
      RACE,
      { id: 'partial', label: { en: 'Invalidate on delete (still fails once)', ru: 'Очистка кеша при удалении (остаётся один сбой)', es: 'Invalidar al eliminar (todavía falla una vez)' } },
      { id: 'fix', label: { en: 'Fix: invalidation plus the row lock', ru: 'Исправление: очистка плюс блокировка строки', es: 'Corrección: invalidación más el bloqueo de la fila' } },
    ],
  },
  {
    id: 'background-job',
    section: 'background-jobs',
    title: { en: 'A background job deletes mid-request', ru: 'Фоновая задача удаляет заказ посреди запроса', es: 'Una tarea en segundo plano elimina el pedido en plena petición' },
    description: {
      en: 'The request loads the order, does some long work and reloads it; a background job deletes new orders meanwhile. The reload raises DoesNotExist. A single UPDATE at the end never raises: it reports 0 matched rows when the order is gone.',
      ru: 'Запрос загружает заказ, долго работает и перечитывает его; тем временем фоновая задача удаляет новые заказы. Перечитывание выбрасывает DoesNotExist. Один UPDATE в конце никогда не выбрасывает исключение: если заказа уже нет, он сообщает, что под условие подошло 0 строк.',
      es: 'La petición carga el pedido, hace un trabajo largo y lo vuelve a cargar; mientras tanto, una tarea en segundo plano elimina los pedidos nuevos. La recarga lanza DoesNotExist. Un único UPDATE al final nunca lanza una excepción: si el pedido ya no existe, informa de 0 filas coincidentes.',
    },
    variants: [RACE, { id: 'fix', label: { en: 'Fix: one UPDATE that counts rows', ru: 'Исправление: один UPDATE, который считает строки', es: 'Corrección: un único UPDATE que cuenta las filas' } }],
  },
  {
    id: 'lost-update',
    section: 'f-expressions',
    title: { en: 'A lost update from read-modify-write', ru: 'Потерянное обновление при чтении-изменении-записи', es: 'Una actualización perdida por leer, modificar y escribir' },
    description: {
      en: 'Three sales each read the stock, subtract one in Python and save. No exception is raised: the check after the run finds that sales were lost. With F() the database does the subtraction, and every interleaving leaves 7.',
      ru: 'Три продажи читают остаток, вычитают единицу в Python и сохраняют. Исключения нет: проверка после прогона обнаруживает потерянные продажи. С F() вычитает сама база, и при любом чередовании остаётся 7.',
      es: 'Tres ventas leen cada una las existencias, restan uno en Python y guardan. No se lanza ninguna excepción: la comprobación posterior a la ejecución descubre que se perdieron ventas. Con F(), la resta la hace la base de datos, y cualquier intercalado deja 7.',
    },
    variants: [RACE, { id: 'fix', label: { en: 'Fix: F()', ru: 'Исправление: F()', es: 'Corrección: F()' } }],
  },
  {
    id: 'select-for-update',
    section: 'select-for-update',
    title: { en: 'select_for_update() makes the second process wait', ru: 'select_for_update() заставляет второй процесс ждать', es: 'select_for_update() hace esperar al segundo proceso' },
    description: {
      en: 'atomic() alone does not stop a lost update: both transactions read 10 before either writes. select_for_update() locks the row; the second sale waits (shown as a lock awaited) until the first commits, and then reads 9.',
      ru: 'Один atomic() не спасает от потерянного обновления: обе транзакции читают 10 раньше, чем любая из них что-то запишет. select_for_update() блокирует строку; вторая продажа ждёт (в лаборатории это видно как ожидание блокировки), пока первая не зафиксирует транзакцию, и затем читает 9.',
      es: 'atomic() por sí solo no evita una actualización perdida: las dos transacciones leen 10 antes de que ninguna escriba. select_for_update() bloquea la fila; la segunda venta espera (se muestra como un bloqueo en espera) hasta que la primera confirma su transacción, y entonces lee 9.',
    },
    variants: [RACE, { id: 'fix', label: { en: 'Fix: select_for_update() in atomic()', ru: 'Исправление: select_for_update() в atomic()', es: 'Corrección: select_for_update() dentro de atomic()' } }],
  },
];

/** Interleavings the lab enumerates at most; above this it runs a random sample. */
export const EXPLORE_LIMIT = 1_000;
export const SAMPLE_SIZE = 200;
