/**
 * Messages between the page, the sandbox frame and its worker. Every side treats what it
 * receives as untrusted: a snippet can post anything from inside the worker, so each message
 * is checked field by field and rebuilt, never passed on as received.
 */
import type { RunOutcome, SqlQuery } from './runner';
import type { SnippetException, SnippetFrame } from './traceback';
import { MAX_REPORTED_QUERIES } from './limits';
import {
  readScenarioRequest,
  type ScenarioRequest,
  type ScenarioStreamReader,
  type ScenarioSummary,
  type PackedRun,
} from './race-wire';

export type StopReason = 'timeout' | 'output-limit' | 'flood' | 'crashed' | 'refused';

/** Page -> frame. */
export type HostMessage =
  | { kind: 'boot'; workerSource: string }
  /** The worker's chunks it asked for (see `need`), by file name. */
  | { kind: 'chunks'; sources: Record<string, string> }
  /** `compiled`: the source transpiled at build time (an unedited example). */
  | { kind: 'run'; runId: number; source: string; filename: string; timeoutMs: number; compiled?: string }
  /** The race lab: evaluate a scheduler scenario and run its interleavings (race-wire.ts). */
  | { kind: 'scenario'; runId: number; source: string; filename: string; timeoutMs: number; request: ScenarioRequest };

/** Frame -> page. */
export type FrameMessage =
  | { kind: 'ready' }
  /** The worker needs these chunks of its own code (file names next to the worker's script). */
  | { kind: 'need'; files: string[] }
  | { kind: 'started'; runId: number }
  | { kind: 'output'; runId: number; text: string }
  | { kind: 'finished'; runId: number; outcome: RunOutcome }
  /** A race-lab scenario streams its runs, one message each, then its summary (race-wire.ts). */
  | { kind: 'scenario-run'; runId: number; index: number; run: PackedRun }
  | { kind: 'scenario-end'; runId: number; summary: ScenarioSummary }
  | { kind: 'stopped'; runId: number; reason: StopReason };

/** Frame -> worker. */
export interface WorkerRunRequest {
  source: string;
  filename: string;
  compiled?: string;
  /** Set for a race-lab scenario: the worker runs it with the scheduler instead of as a snippet. */
  scenario?: ScenarioRequest;
}

/** Frame -> worker, at any time: chunks of the worker's code it asked for. */
export interface WorkerChunks {
  kind: 'chunks';
  sources: Record<string, string>;
}

/** Worker -> frame. */
export type WorkerMessage =
  | { kind: 'output'; text: string }
  | { kind: 'finished'; outcome: RunOutcome }
  | { kind: 'scenario-run'; index: number; run: PackedRun }
  | { kind: 'scenario-end'; summary: ScenarioSummary }
  | { kind: 'need'; files: string[] };

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;
const isString = (value: unknown, max = Number.POSITIVE_INFINITY): value is string =>
  typeof value === 'string' && value.length <= max;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const MAX_NAME = 200;
const MAX_MESSAGE = 8_000;
const MAX_FRAMES = 100;
const MAX_CHAIN = 10;
const MAX_SQL = 4_000;
/** A chunk of the worker's build: `core-Bx9_aZ.js`. Nothing else is ever fetched for the worker. */
const CHUNK_FILE = /^[\w-]{1,100}\.js$/;
const MAX_CHUNKS = 20;

function readChunkFiles(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_CHUNKS) return undefined;
  return value.every((file) => typeof file === 'string' && CHUNK_FILE.test(file)) ? (value as string[]) : undefined;
}

function readChunkSources(value: unknown): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length > MAX_CHUNKS || !entries.every(([file, source]) => CHUNK_FILE.test(file) && typeof source === 'string'))
    return undefined;
  return Object.fromEntries(entries) as Record<string, string>;
}

function readFrame(value: unknown): SnippetFrame | undefined {
  if (!isObject(value) || !isCount(value.line) || !isString(value.functionName, MAX_NAME)) return undefined;
  return { line: value.line, functionName: value.functionName };
}

function readException(value: unknown, depth = 0): SnippetException | undefined {
  if (!isObject(value) || !isString(value.name, MAX_NAME) || !isString(value.message)) return undefined;
  const frames = Array.isArray(value.frames) ? value.frames.slice(0, MAX_FRAMES).map(readFrame) : [];
  const exception: SnippetException = {
    name: value.name,
    message: value.message.slice(0, MAX_MESSAGE),
    frames: frames.filter((frame): frame is SnippetFrame => frame !== undefined),
  };
  const at = value.syntaxErrorAt;
  if (isObject(at) && isCount(at.line) && isCount(at.column)) exception.syntaxErrorAt = { line: at.line, column: at.column };
  const chained = value.chained;
  if (isObject(chained) && depth < MAX_CHAIN) {
    const inner = readException(chained.exception, depth + 1);
    if (inner) exception.chained = { exception: inner, cause: chained.cause === true };
  }
  return exception;
}

function readQueries(value: unknown): SqlQuery[] | null {
  if (!Array.isArray(value)) return null;
  return value
    .slice(0, MAX_REPORTED_QUERIES)
    .filter((query): query is Loose => isObject(query) && isString(query.sql))
    .map((query) => ({
      sql: String(query.sql).slice(0, MAX_SQL),
      time: String(query.time ?? '').slice(0, 20),
      ...(isCount(query.line) && query.line > 0 ? { line: query.line } : {}),
    }));
}

export function readOutcome(value: unknown): RunOutcome | undefined {
  if (!isObject(value) || typeof value.durationMs !== 'number' || !Number.isFinite(value.durationMs)) return undefined;
  const outcome: RunOutcome = { queries: readQueries(value.queries), durationMs: value.durationMs };
  if (isCount(value.queryCount) && outcome.queries && value.queryCount > outcome.queries.length)
    outcome.queryCount = value.queryCount;
  if (value.exception !== undefined) {
    const exception = readException(value.exception);
    if (!exception) return undefined;
    outcome.exception = exception;
  }
  return outcome;
}

/**
 * A worker message, rebuilt; undefined for anything else. A scenario's messages are read with
 * that scenario's `stream`, in order; without one (a plain run) they are refused.
 */
export function readWorkerMessage(data: unknown, maxText: number, stream?: ScenarioStreamReader): WorkerMessage | undefined {
  if (!isObject(data)) return undefined;
  if (data.kind === 'output' && isString(data.text, maxText)) return { kind: 'output', text: data.text };
  if (data.kind === 'need') {
    const files = readChunkFiles(data.files);
    return files && { kind: 'need', files };
  }
  if (data.kind === 'finished') {
    const outcome = readOutcome(data.outcome);
    return outcome && { kind: 'finished', outcome };
  }
  if (data.kind === 'scenario-run') {
    const part = stream?.readRun(data);
    return part && { kind: 'scenario-run', index: part.index, run: part.run };
  }
  if (data.kind === 'scenario-end') {
    const summary = stream?.readEnd(data);
    return summary && { kind: 'scenario-end', summary };
  }
  return undefined;
}

const STOP_REASONS: readonly StopReason[] = ['timeout', 'output-limit', 'flood', 'crashed', 'refused'];

/**
 * A frame message, rebuilt; undefined for anything else. A scenario's messages are read with the
 * stream `streamOf` gives for their run. One it refuses becomes that run's `stopped` ('refused'),
 * so the page ends the scenario at once rather than wait for a summary that cannot be trusted.
 */
export function readFrameMessage(
  data: unknown,
  maxText: number,
  streamOf?: (runId: number) => ScenarioStreamReader | undefined,
): FrameMessage | undefined {
  if (!isObject(data)) return undefined;
  if (data.kind === 'ready') return { kind: 'ready' };
  if (data.kind === 'need') {
    const files = readChunkFiles(data.files);
    return files && { kind: 'need', files };
  }
  if (!isCount(data.runId)) return undefined;
  const runId = data.runId;
  if (data.kind === 'started') return { kind: 'started', runId };
  if (data.kind === 'output' && isString(data.text, maxText)) return { kind: 'output', runId, text: data.text };
  if (data.kind === 'stopped' && STOP_REASONS.includes(data.reason as StopReason))
    return { kind: 'stopped', runId, reason: data.reason as StopReason };
  if (data.kind === 'finished') {
    const outcome = readOutcome(data.outcome);
    return outcome && { kind: 'finished', runId, outcome };
  }
  if (data.kind === 'scenario-run' || data.kind === 'scenario-end') {
    const stream = streamOf?.(runId);
    if (!stream) return undefined;
    const refused = { kind: 'stopped', runId, reason: 'refused' } as const;
    if (data.kind === 'scenario-run') {
      const part = stream.readRun(data);
      return part ? { kind: 'scenario-run', runId, index: part.index, run: part.run } : refused;
    }
    const summary = stream.readEnd(data);
    return summary ? { kind: 'scenario-end', runId, summary } : refused;
  }
  return undefined;
}

export function readHostMessage(data: unknown): HostMessage | undefined {
  if (!isObject(data)) return undefined;
  if (data.kind === 'boot' && isString(data.workerSource)) return { kind: 'boot', workerSource: data.workerSource };
  if (data.kind === 'chunks') {
    const sources = readChunkSources(data.sources);
    return sources && { kind: 'chunks', sources };
  }
  if (
    data.kind === 'run' &&
    isCount(data.runId) &&
    isString(data.source) &&
    isString(data.filename, MAX_NAME) &&
    isCount(data.timeoutMs)
  ) {
    const run: HostMessage = {
      kind: 'run',
      runId: data.runId,
      source: data.source,
      filename: data.filename,
      timeoutMs: data.timeoutMs,
    };
    if (isString(data.compiled)) run.compiled = data.compiled;
    return run;
  }
  if (
    data.kind === 'scenario' &&
    isCount(data.runId) &&
    isString(data.source) &&
    isString(data.filename, MAX_NAME) &&
    isCount(data.timeoutMs)
  ) {
    const request = readScenarioRequest(data.request);
    if (request)
      return {
        kind: 'scenario',
        runId: data.runId,
        source: data.source,
        filename: data.filename,
        timeoutMs: data.timeoutMs,
        request,
      };
  }
  return undefined;
}
