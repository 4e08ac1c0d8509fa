// Hosts the built sandbox worker (dist/_astro/worker-*.js) in a Node worker thread, with the
// little of a browser worker's global scope it uses: self, postMessage, addEventListener.
import { parentPort, workerData } from 'node:worker_threads';

const listeners = [];
globalThis.self = globalThis;
globalThis.postMessage = (message) => parentPort.postMessage(message);
globalThis.addEventListener = (type, listener) => {
  if (type === 'message') listeners.push(listener);
};
// Evaluated as a browser evaluates a classic worker script: `self.__sandboxChunks = …` and the wrapped entry.
await import(workerData.bundle);
parentPort.on('message', (data) => {
  for (const listener of listeners) listener({ data });
});
