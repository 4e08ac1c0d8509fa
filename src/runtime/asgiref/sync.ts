// asgiref.sync: the two adapters Django's async support imports from asgiref, so an example
// writes `import { sync_to_async } from 'asgiref/sync'` as Python code does. They are the
// runtime's single-threaded versions from utils/asyncio.ts.

export { async_to_sync, sync_to_async } from '../utils/asyncio';
