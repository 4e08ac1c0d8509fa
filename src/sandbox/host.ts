/// <reference types="vite/client" />
// (Vite supplies `?worker&url` imports and import.meta.glob; the reference keeps tsc independent of .astro/.)
/**
 * The page's side of the sandbox: one hidden, sandboxed frame shared by every example of the
 * page. It starts runs, streams their output back, and replaces the frame if it ever stops
 * answering. Messages are accepted from that frame's window only.
 */
import frameScriptUrl from './frame.ts?worker&url';
import workerScriptUrl from './worker.ts?worker&url';
import { FRAME_GRACE_MS } from './limits';
import { readFrameMessage, type FrameMessage, type HostMessage, type StopReason } from './protocol';
import type { RunOutcome } from './runner';
import { ScenarioStreamReader, type ScenarioRequest, type ScenarioSummary, type PackedRun } from './race-wire';

export type RunEnd = { kind: 'finished'; outcome: RunOutcome } | { kind: 'stopped'; reason: StopReason };
/** How a race-lab scenario ended: its summary (its runs came before, to `onRun`), or stopped (time limit, crash…). */
export type ScenarioEnd = { kind: 'scenario'; summary: ScenarioSummary } | { kind: 'stopped'; reason: StopReason };
type AnyEnd = RunEnd | ScenarioEnd;

export interface RunRequest {
  source: string;
  filename: string;
  /** `source` transpiled at build time, for an unedited example. */
  compiled?: string;
  timeoutMs: number;
  onOutput: (text: string) => void;
}

export interface ScenarioRunRequest extends RunRequest {
  scenario: ScenarioRequest;
  /** Receives each run, checked and rebuilt, as the worker finishes it (index from 0, in order). */
  onRun: (run: PackedRun, index: number) => void;
}

interface PendingRun {
  onOutput: (text: string) => void;
  /** A scenario's: its messages are read in order, each on its own, as they arrive. */
  stream?: ScenarioStreamReader;
  onRun?: (run: PackedRun, index: number) => void;
  settle: (end: AnyEnd) => void;
  watchdog: ReturnType<typeof setTimeout>;
  timeoutMs: number;
}

const FRAME_PATH = '/sandbox/frame.html';
const MAX_TEXT = 64 * 1024;

export class SandboxHost {
  private frame: HTMLIFrameElement | undefined;
  private frameReady: Promise<HTMLIFrameElement> | undefined;
  private workerSource: Promise<string> | undefined;
  /** The worker's chunks fetched so far (by file name), kept for a replacement frame. */
  private readonly chunks = new Map<string, Promise<string>>();
  /** The chunks sent (or being sent) to the current frame. */
  private sentToFrame = new Set<string>();
  private readonly runs = new Map<number, PendingRun>();
  private nextRunId = 1;
  /** Called once when the frame being created says it is ready. */
  private onReady: (() => void) | undefined;

  constructor(private readonly frameTitle: string) {
    window.addEventListener('message', (event) => this.receive(event));
  }

  /** Loads the frame and the worker's code ahead of the first run. */
  prepare(): Promise<HTMLIFrameElement> {
    this.workerSource ??= fetch(workerScriptUrl).then((response) => {
      if (!response.ok) throw new Error(`worker script: HTTP ${response.status}`);
      return response.text();
    });
    this.frameReady ??= this.createFrame();
    return this.frameReady;
  }

  run(request: RunRequest): Promise<RunEnd> {
    return this.start(request) as Promise<RunEnd>;
  }

  /** Runs a race-lab scenario in the sandbox (a fresh worker, like any run). */
  runScenario(request: ScenarioRunRequest): Promise<ScenarioEnd> {
    return this.start(request) as Promise<ScenarioEnd>;
  }

  private async start(request: RunRequest | ScenarioRunRequest): Promise<AnyEnd> {
    let frame: HTMLIFrameElement;
    try {
      frame = await this.prepare();
    } catch {
      this.discardFrame();
      return { kind: 'stopped', reason: 'crashed' };
    }
    const runId = this.nextRunId++;
    return new Promise<AnyEnd>((settle) => {
      // Until the frame acknowledges, only a short grace period; then the run's own limit.
      const watchdog = setTimeout(() => this.replaceFrame(), FRAME_GRACE_MS);
      const { source, filename, timeoutMs } = request;
      const pending: PendingRun = { onOutput: request.onOutput, settle, watchdog, timeoutMs };
      this.runs.set(runId, pending);
      if ('scenario' in request) {
        pending.stream = new ScenarioStreamReader();
        pending.onRun = request.onRun;
        this.post(frame, { kind: 'scenario', runId, source, filename, timeoutMs, request: request.scenario });
      } else {
        const { compiled } = request;
        this.post(frame, { kind: 'run', runId, source, filename, timeoutMs, ...(compiled === undefined ? {} : { compiled }) });
      }
    });
  }

  private post(frame: HTMLIFrameElement, message: HostMessage): void {
    // The frame's origin is opaque ("null"), so no target origin can name it; the message
    // goes to this exact window object, which only our frame holds.
    frame.contentWindow?.postMessage(message, '*');
  }

  private createFrame(): Promise<HTMLIFrameElement> {
    const frame = document.createElement('iframe');
    frame.className = 'pg-sandbox-frame';
    // Chromium does not route an opaque-origin frame's navigation through the site's service
    // worker, so offline the frame could not load. Under our service worker the frame is
    // sandboxed by the CSP of its response instead, which that worker always sets
    // (src/offline/service-worker.ts): its origin stays opaque, and frame.ts refuses to run otherwise.
    frame.setAttribute('sandbox', navigator.serviceWorker?.controller ? 'allow-scripts allow-same-origin' : 'allow-scripts');
    frame.title = this.frameTitle;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    const scriptPath = new URL(frameScriptUrl, location.href).pathname;
    frame.src = `${FRAME_PATH}#${encodeURIComponent(scriptPath)}`;
    this.frame = frame;
    return new Promise<HTMLIFrameElement>((resolve, reject) => {
      const giveUp = setTimeout(() => reject(new Error('sandbox frame did not start')), 10_000);
      this.onReady = async () => {
        clearTimeout(giveUp);
        try {
          this.post(frame, { kind: 'boot', workerSource: await this.workerSource! });
          resolve(frame);
        } catch (error) {
          reject(error);
        }
      };
      document.body.append(frame);
    });
  }

  private receive(event: MessageEvent<unknown>): void {
    // Checked before `event.data` is read: a message is copied into the page only when read.
    if (!this.frame || event.source !== this.frame.contentWindow) return;
    const message = readFrameMessage(event.data, MAX_TEXT, (runId) => this.runs.get(runId)?.stream);
    // Our frame checks everything it passes on, so a message the page cannot read, or a
    // scenario message the page refuses, means the frame is not ours any more. It is dropped
    // with its runs, and nothing more it sends is read.
    if (!message) return this.replaceFrame();
    const refusedHere = message.kind === 'stopped' && this.runs.get(message.runId)?.stream?.refused === true;
    if (message.kind === 'ready') {
      this.onReady?.();
      this.onReady = undefined;
      return;
    }
    if (message.kind === 'need') {
      void this.sendChunks(this.frame, message.files);
      return;
    }
    this.handleRunMessage(message);
    if (refusedHere) this.replaceFrame();
  }

  private handleRunMessage(message: Exclude<FrameMessage, { kind: 'ready' | 'need' }>): void {
    const run = this.runs.get(message.runId);
    if (!run) return;
    if (message.kind === 'started') {
      clearTimeout(run.watchdog);
      // The frame stops the run itself at its limit; the page steps in only if it does not.
      run.watchdog = setTimeout(() => this.replaceFrame(), run.timeoutMs + FRAME_GRACE_MS);
    } else if (message.kind === 'output') {
      run.onOutput(message.text);
    } else if (message.kind === 'scenario-run') {
      run.onRun?.(message.run, message.index);
    } else {
      clearTimeout(run.watchdog);
      this.runs.delete(message.runId);
      run.settle(
        message.kind === 'finished'
          ? { kind: 'finished', outcome: message.outcome }
          : message.kind === 'scenario-end'
            ? { kind: 'scenario', summary: message.summary }
            : { kind: 'stopped', reason: message.reason },
      );
    }
  }

  /**
   * Fetches chunks of the worker's code (files next to the worker's script; protocol.ts admits
   * only plain file names) and hands them to the frame. A failed download ends the runs as crashed.
   */
  private async sendChunks(frame: HTMLIFrameElement, requested: readonly string[]): Promise<void> {
    // The frame keeps what it got; a file already on its way to this frame is not sent twice.
    const files = requested.filter((file) => !this.sentToFrame.has(file));
    if (files.length === 0) return;
    for (const file of files) this.sentToFrame.add(file);
    try {
      const sources = Object.fromEntries(await Promise.all(files.map(async (file) => [file, await this.chunk(file)] as const)));
      if (frame === this.frame) this.post(frame, { kind: 'chunks', sources });
    } catch {
      if (frame === this.frame) this.replaceFrame();
    }
  }

  private chunk(file: string): Promise<string> {
    let source = this.chunks.get(file);
    if (!source) {
      source = fetch(new URL(file, new URL(workerScriptUrl, location.href))).then((response) => {
        if (!response.ok) throw new Error(`worker chunk ${file}: HTTP ${response.status}`);
        return response.text();
      });
      // A failed download is tried again next time rather than remembered.
      source.catch(() => this.chunks.delete(file));
      this.chunks.set(file, source);
    }
    return source;
  }

  /** The frame stopped answering: drop it (its workers go with it) and end its runs. */
  private replaceFrame(): void {
    for (const [runId, run] of this.runs) {
      clearTimeout(run.watchdog);
      run.settle({ kind: 'stopped', reason: 'crashed' });
      this.runs.delete(runId);
    }
    this.discardFrame();
  }

  private discardFrame(): void {
    // A failed download is retried with the next run rather than remembered.
    this.workerSource = undefined;
    this.frame?.remove();
    this.frame = undefined;
    this.sentToFrame = new Set();
    this.frameReady = undefined;
    this.onReady = undefined;
  }
}
