/**
 * The sandbox worker: runs exactly one snippet, then is thrown away. It lives in an opaque
 * origin with no network, so the snippet can reach neither the site nor anything else.
 */
import { ChunkSupply, takeChunkRegistry } from './chunk-supply';
import type { WorkerChunks, WorkerMessage, WorkerRunRequest } from './protocol';
import { runSnippet } from './runner';
import { createRuntimeLoader } from './runtime-modules';
import { runScenario } from './scenario-runner';
import { readScenarioRequest, type PackedRun } from './race-wire';

// Taken before any snippet runs; then the snippet's global scope loses postMessage (so it cannot
// forge results), Worker and SharedWorker (no workers of its own) and importScripts (no loading
// of other scripts). Reaching for them is a NameError, as for any name Python does not have.
const post = self.postMessage.bind(self) as (message: WorkerMessage) => void;
// The split build's chunks arrive from the frame on request; the registry leaves the global scope too.
const chunks = new ChunkSupply(takeChunkRegistry(), (files) => post({ kind: 'need', files }));
for (const name of ['postMessage', 'Worker', 'SharedWorker', 'importScripts']) {
  for (let owner: object | null = self; owner !== null; owner = Object.getPrototypeOf(owner)) {
    if (Object.prototype.hasOwnProperty.call(owner, name)) Reflect.deleteProperty(owner, name);
  }
}
const loader = createRuntimeLoader(chunks.ensure);
// A spare worker boots before a run is asked for: the modules nearly every snippet imports load now.
const warmedUp = Promise.all([loader.load('python/builtins'), loader.load('python/sys')]).catch(() => undefined);

const CHUNK_CHARS = 8_192;
const FLUSH_INTERVAL_MS = 30;
let pending = '';
let lastFlush = Number.NEGATIVE_INFINITY;

function flush(): void {
  for (let start = 0; start < pending.length; start += CHUNK_CHARS)
    post({ kind: 'output', text: pending.slice(start, start + CHUNK_CHARS) });
  pending = '';
  lastFlush = performance.now();
}

/** Output goes out at once when it has been quiet, in batches while a loop prints a lot. */
function write(text: string): void {
  pending += text;
  if (pending.length >= CHUNK_CHARS || performance.now() - lastFlush >= FLUSH_INTERVAL_MS) flush();
}

let started = false;
self.addEventListener('message', async (event: MessageEvent<WorkerRunRequest | WorkerChunks>) => {
  const data = event.data;
  if ('kind' in data) return chunks.supply(data.sources);
  // One snippet per worker: a second request is not for this worker.
  if (started) return;
  started = true;
  await warmedUp;
  const { source, filename, compiled } = data;
  const scenario = data.scenario === undefined ? undefined : readScenarioRequest(data.scenario);
  if (scenario) {
    // The race lab: each run goes back as data as soon as it ends, then the summary; what the
    // scenario prints is streamed as usual.
    const onRun = (run: PackedRun, index: number) => post({ kind: 'scenario-run', index, run });
    const summary = await runScenario({ source, filename, loader, request: scenario, write, onRun });
    flush();
    post({ kind: 'scenario-end', summary });
    return;
  }
  const outcome = await runSnippet({ source, filename, ...(compiled === undefined ? {} : { compiled }), loader, write });
  flush();
  post({ kind: 'finished', outcome });
});
