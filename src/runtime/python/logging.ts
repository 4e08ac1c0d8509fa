// A small part of Python's `logging` module: named loggers in a dotted hierarchy, levels,
// handlers, formatters, filters and the last-resort handler.
//
// Django reports security events and failed requests through loggers ("django.request",
// "django.security.DisallowedHost"), so examples need to see those records. Records are
// formatted with %-style templates like Python's ("%(levelname)s:%(name)s:%(message)s").
// A record with exc_info prints Python's traceback text (python/traceback.ts): the frames are
// summarised as "  ..." unless the host installed a frame source, then the last line
// ("django.core.exceptions.DisallowedHost: ..."). `exc_info: true` and Logger.exception() use the
// exception being handled, which the runtime takes to be the last Python exception raised.

import { currentException } from './exceptions';
import { mapSettled, runWithCleanup } from './contextlib';
import { format_exception } from './traceback';
import { percentFormat } from './format';
import { sys, type TextSink } from './sys';
import { isPlainObject } from './types';

export const CRITICAL = 50;
export const ERROR = 40;
export const WARNING = 30;
export const INFO = 20;
export const DEBUG = 10;
export const NOTSET = 0;

const LEVEL_NAMES: Record<number, string> = { 50: 'CRITICAL', 40: 'ERROR', 30: 'WARNING', 20: 'INFO', 10: 'DEBUG', 0: 'NOTSET' };
const NAMED_LEVELS: Record<string, number> = { CRITICAL, ERROR, WARNING, WARN: WARNING, INFO, DEBUG, NOTSET };

export function getLevelName(level: number): string {
  return LEVEL_NAMES[level] ?? `Level ${level}`;
}

function toLevel(level: number | string): number {
  if (typeof level === 'number') return level;
  const found = NAMED_LEVELS[level.toUpperCase()];
  if (found === undefined) throw new RangeError(`Unknown level: '${level}'`);
  return found;
}

/** Python's `exc_info=` and `extra=` keyword arguments of a logging call. */
export interface LogKeywords {
  exc_info?: unknown;
  extra?: Record<string, unknown>;
  stack_info?: boolean;
}

const KEYWORDS: unique symbol = Symbol('logging keywords');

/** Tags the keyword arguments of a logging call: `logger.error('%s', x, log_kw({ exc_info: e }))`. */
export function log_kw(options: LogKeywords): LogKeywords {
  return Object.assign(Object.create(null), options, { [KEYWORDS]: true }) as LogKeywords;
}

function isKeywords(value: unknown): value is LogKeywords {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[KEYWORDS] === true;
}

export class LogRecord {
  readonly name: string;
  readonly levelno: number;
  readonly levelname: string;
  readonly msg: unknown;
  readonly args: unknown[];
  readonly exc_info: unknown;
  /** `extra=` entries become attributes, as in Python (status_code, request, ...). */
  [key: string]: unknown;

  constructor(
    name: string,
    level: number,
    msg: unknown,
    args: unknown[],
    exc_info: unknown,
    extra: Record<string, unknown> = {},
  ) {
    Object.assign(this, extra);
    this.name = name;
    this.levelno = level;
    this.levelname = getLevelName(level);
    this.msg = msg;
    this.args = args;
    this.exc_info = exc_info === true ? currentException() : (exc_info ?? null);
  }

  /** The message with its arguments merged, `msg % args`. */
  getMessage(): string {
    const text = String(this.msg);
    if (this.args.length === 0) return text;
    // Python: a single mapping argument feeds %(name)s; otherwise the arguments are positional.
    const only = this.args.length === 1 ? this.args[0] : undefined;
    return percentFormat(text, isPlainObject(only) || only instanceof Map ? only : this.args);
  }
}

export class Formatter {
  readonly fmt: string;
  constructor(fmt = '%(message)s') {
    this.fmt = fmt;
  }

  format(record: LogRecord): string {
    const values: Record<string, unknown> = { ...record, message: record.getMessage() };
    let text = percentFormat(this.fmt, values);
    if (record.exc_info instanceof Error) text += `\n${format_exception(record.exc_info)}`;
    return text;
  }
}

export type LogFilter = ((record: LogRecord) => boolean) | { filter(record: LogRecord): boolean };

function passes(filters: LogFilter[], record: LogRecord): boolean {
  return filters.every((f) => (typeof f === 'function' ? f(record) : f.filter(record)));
}

export class Handler {
  level: number;
  formatter: Formatter | null = null;
  readonly filters: LogFilter[] = [];

  constructor(level: number | string = NOTSET) {
    this.level = toLevel(level);
  }

  setLevel(level: number | string): void {
    this.level = toLevel(level);
  }

  setFormatter(formatter: Formatter): void {
    this.formatter = formatter;
  }

  addFilter(filter: LogFilter): void {
    this.filters.push(filter);
  }

  format(record: LogRecord): string {
    return (this.formatter ?? defaultFormatter).format(record);
  }

  handle(record: LogRecord): void {
    if (passes(this.filters, record)) this.emit(record);
  }

  emit(_record: LogRecord): void {}
}

const defaultFormatter = new Formatter();

/** Writes formatted records to a stream; by default whatever `sys.stderr` is at the time. */
export class StreamHandler extends Handler {
  private readonly stream: TextSink | null;
  constructor(stream: TextSink | null = null) {
    super();
    this.stream = stream;
  }

  override emit(record: LogRecord): void {
    (this.stream ?? sys.stderr).write(`${this.format(record)}\n`);
  }
}

/** Keeps records in memory (tests and examples inspect them). */
export class MemoryHandler extends Handler {
  readonly records: LogRecord[] = [];
  override emit(record: LogRecord): void {
    this.records.push(record);
  }
}

/** Python's logging.lastResort: WARNING and above to sys.stderr, message only. */
export const lastResort = new StreamHandler();
lastResort.setLevel(WARNING);

export class Logger {
  readonly name: string;
  level: number;
  propagate = true;
  disabled = false;
  readonly handlers: Handler[] = [];
  readonly filters: LogFilter[] = [];
  parent: Logger | null = null;

  constructor(name: string, level: number | string = NOTSET) {
    this.name = name;
    this.level = toLevel(level);
  }

  setLevel(level: number | string): void {
    this.level = toLevel(level);
  }

  addHandler(handler: Handler): void {
    if (!this.handlers.includes(handler)) this.handlers.push(handler);
  }

  removeHandler(handler: Handler): void {
    const index = this.handlers.indexOf(handler);
    if (index >= 0) this.handlers.splice(index, 1);
  }

  addFilter(filter: LogFilter): void {
    this.filters.push(filter);
  }

  getEffectiveLevel(): number {
    for (let logger: Logger | null = this; logger; logger = logger.parent) {
      if (logger.level !== NOTSET) return logger.level;
    }
    return NOTSET;
  }

  isEnabledFor(level: number): boolean {
    return !this.disabled && level >= this.getEffectiveLevel();
  }

  debug(msg: unknown, ...args: unknown[]): void {
    this.logAt(DEBUG, msg, args);
  }
  info(msg: unknown, ...args: unknown[]): void {
    this.logAt(INFO, msg, args);
  }
  warning(msg: unknown, ...args: unknown[]): void {
    this.logAt(WARNING, msg, args);
  }
  error(msg: unknown, ...args: unknown[]): void {
    this.logAt(ERROR, msg, args);
  }
  critical(msg: unknown, ...args: unknown[]): void {
    this.logAt(CRITICAL, msg, args);
  }
  /** Python's Logger.exception(): an ERROR record with exc_info=True (the exception being handled). */
  exception(msg: unknown, ...args: unknown[]): void {
    const last = args[args.length - 1];
    const keywords: LogKeywords = isKeywords(last) ? (args.pop() as LogKeywords) : {};
    this.logAt(ERROR, msg, [...args, log_kw({ ...keywords, exc_info: keywords.exc_info ?? true })]);
  }
  log(level: number, msg: unknown, ...args: unknown[]): void {
    this.logAt(level, msg, args);
  }

  private logAt(level: number, msg: unknown, args: unknown[]): void {
    if (!this.isEnabledFor(level)) return;
    let keywords: LogKeywords = {};
    const last = args[args.length - 1];
    if (isKeywords(last)) {
      keywords = last;
      args = args.slice(0, -1);
    }
    const record = new LogRecord(this.name, level, msg, args, keywords.exc_info, keywords.extra);
    if (!passes(this.filters, record)) return;
    this.callHandlers(record);
  }

  /** Python's Logger.callHandlers: up the hierarchy until propagate is false; lastResort if none. */
  callHandlers(record: LogRecord): void {
    let found = 0;
    for (let logger: Logger | null = this; logger; logger = logger.propagate ? logger.parent : null) {
      for (const handler of logger.handlers) {
        found += 1;
        if (record.levelno >= handler.level) handler.handle(record);
      }
    }
    if (found === 0 && record.levelno >= lastResort.level) lastResort.handle(record);
  }
}

export const root = new Logger('root', WARNING);
const loggers = new Map<string, Logger>();

/** logging.getLogger(name): one logger per dotted name; its parent is the nearest existing ancestor. */
export function getLogger(name?: string): Logger {
  if (!name || name === 'root') return root;
  let logger = loggers.get(name);
  if (logger) return logger;
  logger = new Logger(name);
  loggers.set(name, logger);
  relinkParents();
  return logger;
}

function relinkParents(): void {
  for (const [name, logger] of loggers) {
    let parent: Logger = root;
    const parts = name.split('.');
    for (let i = parts.length - 1; i > 0; i -= 1) {
      const candidate = loggers.get(parts.slice(0, i).join('.'));
      if (candidate) {
        parent = candidate;
        break;
      }
    }
    logger.parent = parent;
  }
}

/** logging.basicConfig: a stderr handler on the root logger, if it has none yet. */
export function basicConfig(options: { level?: number | string; format?: string; stream?: TextSink } = {}): void {
  if (root.handlers.length > 0) return;
  const handler = new StreamHandler(options.stream ?? null);
  handler.setFormatter(new Formatter(options.format ?? '%(levelname)s:%(name)s:%(message)s'));
  root.addHandler(handler);
  if (options.level !== undefined) root.setLevel(options.level);
}

export interface CapturedLogs<T> {
  result: T;
  records: LogRecord[];
  /** "LEVEL:logger:message" lines, as unittest's assertLogs() gives them. */
  output: string[];
}

/**
 * Like unittest's assertLogs(): records what `logger` (and its children) log at `level` or above
 * while `fn` runs, without passing the records on to other handlers. Async callbacks are awaited.
 */
export function captureLogs<T>(
  loggerName: string | Logger,
  level: number | string,
  fn: () => T,
): T extends Promise<infer R> ? Promise<CapturedLogs<R>> : CapturedLogs<T> {
  const logger = typeof loggerName === 'string' ? getLogger(loggerName) : loggerName;
  const handler = new MemoryHandler(level);
  const saved = { handlers: [...logger.handlers], level: logger.level, propagate: logger.propagate };
  logger.handlers.length = 0;
  logger.addHandler(handler);
  logger.setLevel(level);
  logger.propagate = false;
  const restore = () => {
    logger.handlers.length = 0;
    logger.handlers.push(...saved.handlers);
    logger.level = saved.level;
    logger.propagate = saved.propagate;
  };
  const summarise = (result: unknown) => ({
    result,
    records: handler.records,
    output: handler.records.map((r) => `${r.levelname}:${r.name}:${r.getMessage()}`),
  });
  return mapSettled(runWithCleanup(fn, restore), summarise) as never;
}
