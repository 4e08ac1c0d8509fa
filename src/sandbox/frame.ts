/**
 * The sandbox frame (public/sandbox/frame.html, an opaque origin with no network): runs each
 * snippet in a fresh worker, stops it on time, output or message limits, and relays only
 * checked, rebuilt messages to the page. Only the parent page may command it.
 */
import { MAX_MESSAGES_PER_RUN, MAX_OUTPUT_BYTES, MAX_OUTPUT_LINES } from './limits';
import { OutputBudget } from './output-budget';
import { readHostMessage, readWorkerMessage, type FrameMessage, type HostMessage } from './protocol';
import { ScenarioStreamReader } from './race-wire';

type RunMessage = Extract<HostMessage, { kind: 'run' | 'scenario' }>;

// The frame is served by the site that embeds it; messages go to that origin only.
const siteOrigin = new URL(location.href).origin;
const MAX_CHUNK_CHARS = 16_384;

let workerUrl: string | undefined;
let spareWorker: Worker | undefined;
/** The worker's chunks the page has sent so far: every new worker gets them at once. */
const chunkSources: Record<string, string> = {};
const liveWorkers = new Set<Worker>();

function send(message: FrameMessage): void {
  window.parent.postMessage(message, siteOrigin);
}

function spawnWorker(url: string): Worker {
  const worker = new Worker(url, { name: 'snippet' });
  liveWorkers.add(worker);
  if (Object.keys(chunkSources).length > 0) worker.postMessage({ kind: 'chunks', sources: chunkSources });
  // A worker asks for chunks of its own code while it boots (a spare worker) or runs.
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    // Only a request for chunks is read here (the run's own listener reads everything else).
    if ((event.data as { kind?: unknown } | null)?.kind !== 'need') return;
    const message = readWorkerMessage(event.data, MAX_CHUNK_CHARS);
    if (message?.kind !== 'need') return;
    const missing = message.files.filter((file) => !(file in chunkSources));
    if (missing.length > 0) send({ kind: 'need', files: missing });
  });
  return worker;
}

function stopWorker(worker: Worker): void {
  liveWorkers.delete(worker);
  worker.terminate();
}

function startRun(run: RunMessage, url: string): void {
  const { runId, source, filename, timeoutMs } = run;
  const worker = spareWorker ?? spawnWorker(url);
  spareWorker = undefined;
  const budget = new OutputBudget(MAX_OUTPUT_LINES, MAX_OUTPUT_BYTES);
  // A scenario's runs come one message each, then its summary; each is read on its own, in order.
  const stream = run.kind === 'scenario' ? new ScenarioStreamReader() : undefined;
  let received = 0;
  let ended = false;
  const end = (message: FrameMessage) => {
    if (ended) return;
    ended = true;
    clearTimeout(deadline);
    stopWorker(worker);
    send(message);
    // The next run's worker boots now, while the reader reads this run's output.
    spareWorker ??= spawnWorker(url);
  };
  const deadline = setTimeout(() => end({ kind: 'stopped', runId, reason: 'timeout' }), timeoutMs);
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    received += 1;
    if (received > MAX_MESSAGES_PER_RUN) return end({ kind: 'stopped', runId, reason: 'flood' });
    if (ended) return;
    const message = readWorkerMessage(event.data, MAX_CHUNK_CHARS, stream);
    // A message that is malformed, over its size budget, out of order or of the other kind of
    // run ends the run here, before anything is rebuilt further or forwarded.
    if (!message) return end({ kind: 'stopped', runId, reason: 'refused' });
    if (message.kind === 'need') return;
    if (message.kind === 'finished' && run.kind === 'run') return end({ kind: 'finished', runId, outcome: message.outcome });
    if (message.kind === 'scenario-run') return send({ kind: 'scenario-run', runId, index: message.index, run: message.run });
    if (message.kind === 'scenario-end') return end({ kind: 'scenario-end', runId, summary: message.summary });
    if (message.kind !== 'output') return end({ kind: 'stopped', runId, reason: 'refused' });
    const { accepted, exceeded } = budget.take(message.text);
    if (accepted) send({ kind: 'output', runId, text: accepted });
    if (exceeded) end({ kind: 'stopped', runId, reason: 'output-limit' });
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    end({ kind: 'stopped', runId, reason: 'crashed' });
  });
  send({ kind: 'started', runId });
  worker.postMessage(
    run.kind === 'scenario'
      ? { source, filename, scenario: run.request }
      : { source, filename, ...(run.compiled === undefined ? {} : { compiled: run.compiled }) },
  );
}

// Served from the site, this page must run sandboxed (an opaque origin, "null") inside the
// site's own page. Framed by another site without the sandbox attribute it would run with the
// site's real origin: then it does nothing at all.
const sandboxed = self.origin === 'null' && window.parent !== window;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!sandboxed || event.source !== window.parent || event.origin !== siteOrigin) return;
  const message = readHostMessage(event.data);
  if (!message) return;
  if (message.kind === 'boot') {
    if (workerUrl) return;
    workerUrl = URL.createObjectURL(new Blob([message.workerSource], { type: 'text/javascript' }));
    spareWorker = spawnWorker(workerUrl);
    return;
  }
  if (message.kind === 'chunks') {
    Object.assign(chunkSources, message.sources);
    for (const worker of liveWorkers) worker.postMessage({ kind: 'chunks', sources: message.sources });
    return;
  }
  if (workerUrl) startRun(message, workerUrl);
});

if (sandboxed) send({ kind: 'ready' });
