// django.dispatch.Signal, without weak references: receivers live until disconnected.
import { sync_to_async } from '../utils/asyncio';

export type Receiver = (kwargs: Record<string, any> & { signal: Signal; sender: unknown }) => unknown;

export interface Connection {
  key: unknown;
  receiver: Receiver;
  sender: unknown;
  /** An `async function` (Python: a coroutine function), sent to after the synchronous ones. */
  is_async: boolean;
}

const ANY_SENDER: unique symbol = Symbol('any sender');

/** Python's iscoroutinefunction(): an `async function`, or one marked like markcoroutinefunction(). */
function isAsync(fn: Function): boolean {
  return (
    Object.prototype.toString.call(fn) === '[object AsyncFunction]' || (fn as { _is_coroutine?: unknown })._is_coroutine === true
  );
}

export class Signal {
  /** Django's Signal.receivers: one entry per connection, in connection order. */
  receivers: Connection[] = [];

  connect(receiver: Receiver, options: { sender?: unknown; weak?: boolean; dispatch_uid?: string } = {}): void {
    const key = options.dispatch_uid ?? receiver;
    const sender = options.sender ?? ANY_SENDER;
    if (this.receivers.some((c) => c.key === key && c.sender === sender)) return;
    this.receivers.push({ key, receiver, sender, is_async: isAsync(receiver) });
  }

  /** Returns whether a receiver was disconnected, like Django. */
  disconnect(receiver?: Receiver | null, options: { sender?: unknown; dispatch_uid?: string } = {}): boolean {
    const key = options.dispatch_uid ?? receiver;
    const sender = options.sender ?? ANY_SENDER;
    const index = this.receivers.findIndex((c) => c.key === key && c.sender === sender);
    if (index < 0) return false;
    this.receivers.splice(index, 1);
    return true;
  }

  has_listeners(sender?: unknown): boolean {
    if (this.receivers.length === 0) return false;
    return this.receivers.some((c) => c.sender === ANY_SENDER || c.sender === sender);
  }

  /** Django's _live_receivers(): the matching receivers, synchronous ones and async ones apart. */
  private live(sender: unknown): [Connection[], Connection[]] {
    const sync: Connection[] = [];
    const async: Connection[] = [];
    for (const c of this.receivers) {
      if (c.sender !== ANY_SENDER && c.sender !== sender) continue;
      (c.is_async ? async : sync).push(c);
    }
    return [sync, async];
  }

  /**
   * Calls each matching receiver with one object holding `signal`, `sender` and the keyword
   * arguments; synchronous receivers first, then async ones, as Django orders the responses.
   * Django blocks on the async receivers (async_to_sync); JavaScript cannot, so their response
   * is the receiver's promise.
   */
  send(sender: unknown, kwargs: Record<string, unknown> = {}): Array<[Receiver, unknown]> {
    if (this.receivers.length === 0) return [];
    const [sync, async] = this.live(sender);
    return [...sync, ...async].map((c) => [c.receiver, c.receiver({ ...kwargs, signal: this, sender })]);
  }

  /** Like send(), but an exception in a receiver is returned as its response instead of propagating. */
  send_robust(sender: unknown, kwargs: Record<string, unknown> = {}): Array<[Receiver, unknown]> {
    if (this.receivers.length === 0) return [];
    const [sync, async] = this.live(sender);
    return [...sync, ...async].map((c) => {
      try {
        const response = c.receiver({ ...kwargs, signal: this, sender });
        // An async receiver's failure is its response too, once its promise settles.
        return [c.receiver, c.is_async ? Promise.resolve(response).catch((error: unknown) => error) : response];
      } catch (error) {
        return [c.receiver, error];
      }
    });
  }

  /**
   * Signal.asend(): the synchronous receivers run one after another outside async context
   * (Django: one sync_to_async call), then the async ones concurrently (asyncio.gather).
   */
  async asend(sender: unknown, kwargs: Record<string, unknown> = {}): Promise<Array<[Receiver, unknown]>> {
    if (this.receivers.length === 0) return [];
    const [sync, async] = this.live(sender);
    const named = { ...kwargs, signal: this, sender };
    const syncResponses = await sync_to_async(() =>
      sync.map((c): [Receiver, unknown] => [c.receiver, c.receiver({ ...named })]),
    )();
    const asyncResponses = await Promise.all(
      async.map(async (c): Promise<[Receiver, unknown]> => [c.receiver, await c.receiver({ ...named })]),
    );
    return [...syncResponses, ...asyncResponses];
  }

  /** Like asend(), but an exception in a receiver is returned as its response. */
  async asend_robust(sender: unknown, kwargs: Record<string, unknown> = {}): Promise<Array<[Receiver, unknown]>> {
    if (this.receivers.length === 0) return [];
    const [sync, async] = this.live(sender);
    const named = { ...kwargs, signal: this, sender };
    const syncResponses = await sync_to_async(() =>
      sync.map((c): [Receiver, unknown] => {
        try {
          return [c.receiver, c.receiver({ ...named })];
        } catch (error) {
          return [c.receiver, error];
        }
      }),
    )();
    const asyncResponses = await Promise.all(
      async.map(async (c): Promise<[Receiver, unknown]> => {
        try {
          return [c.receiver, await c.receiver({ ...named })];
        } catch (error) {
          return [c.receiver, error];
        }
      }),
    );
    return [...syncResponses, ...asyncResponses];
  }
}

/** `@receiver(signal)` as a function: `receiver(post_save, handler, { sender: Person })`. */
export function receiver(
  signal: Signal | Signal[],
  handler: Receiver,
  options: { sender?: unknown; weak?: boolean; dispatch_uid?: string } = {},
): Receiver {
  for (const s of Array.isArray(signal) ? signal : [signal]) s.connect(handler, options);
  return handler;
}
