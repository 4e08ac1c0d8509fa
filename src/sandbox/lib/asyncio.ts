/**
 * `asyncContext(fn)` runs fn as code with a running event loop (an `async def` view, a coroutine
 * under asyncio.run()), where Django refuses synchronous database calls. JavaScript always has
 * an event loop, so the site marks such code explicitly; not Django's or Python's.
 */
export { asyncContext } from '../../runtime/utils/asyncio';
