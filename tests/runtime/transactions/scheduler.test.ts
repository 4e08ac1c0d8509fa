// The deterministic scheduler: processes with their own connections, read-committed isolation,
// row locks, deadlocks, timelines, and the guide's races with their fixes over every interleaving.
import { beforeEach, describe, expect, it } from 'vitest';
import { models, OperationalError, reset_databases, transaction } from 'django/db';
import { cache } from 'django/core/cache';
import { clock } from 'sandbox/clock';
import { SynchronousOnlyOperation } from 'django/core/exceptions';
import { Scheduler, SchedulerStopped, step } from 'sandbox/scheduler';
import { AssertionError } from 'python/builtins';
import { raisesAsync } from '../models/helpers';

const { atomic } = transaction;

class Cart extends models.Model {
  items = models.IntegerField({ default: 0 });
  static override objects = new models.Manager(this);
}

class Product extends models.Model {
  stock = models.IntegerField({ default: 0 });
  static override objects = new models.Manager(this);
}

beforeEach(() => {
  reset_databases();
  cache.clear();
  clock.reset();
});

function isDoesNotExist(e: unknown): boolean {
  return e instanceof Cart.DoesNotExist;
}

describe('the exists()/get() race', () => {
  const buggy = () =>
    new Scheduler({ setup: () => Cart.objects.create({ items: 2 }) })
      .process('A', async () => ((await Cart.objects.filter({ pk: 1 }).aexists()) ? Cart.objects.aget({ pk: 1 }) : null))
      .process('B', async () => {
        await Cart.objects.filter({ pk: 1 }).adelete();
      });

  it('happens on demand with the schedule A, B, A', async () => {
    const run = await buggy().run({ schedule: ['A', 'B', 'A'] });
    expect(run.failed).toEqual(['A']);
    expect(run.outcomes.A!.error).toBeInstanceOf(Cart.DoesNotExist);
    expect(run.timeline.map((e) => [e.process, e.operation, e.outcome])).toEqual([
      ['A', 'Cart.aexists()', 'ok'],
      ['B', 'Cart.adelete()', 'ok'],
      ['A', 'Cart.aget(pk=1)', 'error'],
    ]);
    expect(run.timeline[0]!.result).toBe('True');
    expect(run.timeline[2]!.error).toBe('Cart.DoesNotExist: Cart matching query does not exist.');
    expect(run.timeline[1]!.rows).toEqual({ app_cart: [] });
    expect(run.timeline[0]!.sql).toEqual(['SELECT 1 AS "a" FROM "app_cart" WHERE "app_cart"."id" = 1 LIMIT 1']);
  });

  it('explore() finds it in one of the three interleavings', async () => {
    const all = await buggy().explore();
    expect(all.count).toBe(3);
    expect(all.truncated).toBe(false);
    expect(all.runs.map((r) => r.schedule.join(''))).toEqual(['AAB', 'ABA', 'BA']);
    expect(all.failures.map((r) => r.schedule.join(''))).toEqual(['ABA']);
  });

  it('the fix (try get, handle DoesNotExist) holds in every interleaving', async () => {
    const fixed = new Scheduler({ setup: () => Cart.objects.create({ items: 2 }) })
      .process('A', async () => {
        try {
          return await Cart.objects.aget({ pk: 1 });
        } catch (e) {
          if (!isDoesNotExist(e)) throw e;
          return null;
        }
      })
      .process('B', async () => Cart.objects.filter({ pk: 1 }).adelete());
    const all = await fixed.explore();
    expect(all.count).toBe(2);
    expect(all.failures).toEqual([]);
  });

  it('gives the same timeline for the same script every time', async () => {
    const first = await buggy().run({ schedule: ['A', 'B', 'A'] });
    const second = await buggy().run({ schedule: ['A', 'B', 'A'] });
    expect(JSON.stringify(second.timeline)).toBe(JSON.stringify(first.timeline));
    expect(second.format()).toBe(first.format());
    expect(first.format()).toContain(' 3 A: Cart.aget(pk=1) !! Cart.DoesNotExist: Cart matching query does not exist.');
  });
});

describe('a background deletion', () => {
  const setup = () => Cart.objects.create({ items: 1 });

  it('makes the request fail when it reloads the row; an UPDATE that counts rows does not', async () => {
    const buggy = new Scheduler({ setup })
      .process('request', async () => {
        const cart = await Cart.objects.filter({ pk: 1 }).afirst();
        if (cart === null) return 'no cart';
        await step('long work');
        await cart.arefresh_from_db();
        return 'refreshed';
      })
      .process('job', async () => Cart.objects.filter({ items__lt: 5 }).adelete());
    const all = await buggy.explore();
    expect(all.count).toBe(4);
    expect(all.failures.map((r) => r.schedule.join(' ')).sort()).toEqual([
      'request job request request',
      'request request job request',
    ]);
    expect(all.failures[0]!.outcomes.request!.error).toBeInstanceOf(Cart.DoesNotExist);

    const fixed = new Scheduler({ setup })
      .process('request', async () => {
        await step('long work');
        const changed = await Cart.objects.filter({ pk: 1 }).aupdate({ items: 3 });
        return changed === 0 ? 'cart removed meanwhile' : 'updated';
      })
      .process('job', async () => Cart.objects.filter({ items__lt: 5 }).adelete());
    const results = await fixed.explore();
    expect(results.failures).toEqual([]);
    expect(new Set(results.runs.map((r) => r.outcomes.request!.value))).toEqual(new Set(['updated', 'cart removed meanwhile']));
  });
});

describe('the lost update', () => {
  const setup = () => Product.objects.create({ stock: 10 });
  const check = () => {
    const stock = Product.objects.get({ pk: 1 }).stock;
    if (stock !== 8) throw new AssertionError(`two sales left stock at ${stock}`);
  };

  it('read-modify-write loses a sale in the interleavings where both read first', async () => {
    const sale = async () => {
      const p = await Product.objects.aget({ pk: 1 });
      p.stock -= 1;
      await p.asave();
    };
    const all = await new Scheduler({ setup, check }).process('A', sale).process('B', sale).explore();
    expect(all.count).toBe(6);
    expect(all.failures.length).toBe(4);
    expect(all.failures[0]!.checkFailed).toBe('AssertionError: two sales left stock at 9');
  });

  it('F() closes it in every interleaving', async () => {
    const sale = async () => {
      await Product.objects.filter({ pk: 1 }).aupdate({ stock: models.F('stock').sub(1) });
    };
    const all = await new Scheduler({ setup, check }).process('A', sale).process('B', sale).explore();
    expect(all.count).toBe(2);
    expect(all.failures).toEqual([]);
  });

  it('select_for_update() inside atomic closes it: the second locker waits for the commit', async () => {
    const sale = () =>
      atomic(async () => {
        const p = await Product.objects.select_for_update().aget({ pk: 1 });
        p.stock -= 1;
        await p.asave();
      });
    const lab = new Scheduler({ setup, check }).process('A', sale).process('B', sale);
    const all = await lab.explore();
    expect(all.failures).toEqual([]);
    expect(all.count).toBeGreaterThan(2);
    const run = await lab.run({ schedule: ['A', 'A', 'B', 'B', 'A', 'A', 'B'] });
    const lines = run.timeline.map((e) => `${e.process} ${e.operation} ${e.outcome}${e.waitingFor ? ` (${e.waitingFor})` : ''}`);
    expect(lines).toEqual([
      'A atomic: enter ok',
      'A Product.aget(pk=1) ok',
      'B atomic: enter ok',
      'B Product.aget(pk=1) waiting (app_product row 1 held by A)',
      'A Product.asave() ok',
      'A atomic: exit ok',
      'B Product.aget(pk=1) ok',
      'B Product.asave() ok',
      'B atomic: exit ok',
    ]);
    expect(run.timeline[1]!.locks).toEqual(['app_product row 1 (A)']);
    expect(run.timeline[3]!.waits).toEqual(['B waits for app_product row 1 held by A']);
    expect(run.timeline[6]!.waits).toEqual([]);
    expect(run.format()).toContain('locks app_product row 1 (A), B waits for app_product row 1 held by A');
    expect(run.timeline[1]!.sql[0]).toMatch(/FOR UPDATE$/);
    expect(run.timeline[0]!.sql).toEqual(['BEGIN']);
    expect(run.timeline[5]!.sql).toEqual(['COMMIT']);
    expect(run.timeline[3]!.sql).toEqual([]);
    expect(run.timeline[6]!.result).toBe('<Product: Product object (1)>');
  });
});

describe('the stale cache', () => {
  const cachedCart = async () => {
    const hit = await cache.aget('cart:1');
    if (hit !== null) return hit;
    const cart = await Cart.objects.filter({ pk: 1 }).afirst();
    if (cart !== null) await cache.aset('cart:1', cart);
    return cart;
  };
  const check = () => {
    if (cache.get('cart:1') !== null && !Cart.objects.filter({ pk: 1 }).exists())
      throw new AssertionError('the cache serves a deleted cart');
  };
  const lab = (deleter: () => Promise<unknown>, reader: () => Promise<unknown> = cachedCart) =>
    new Scheduler({ setup: () => Cart.objects.create({ items: 1 }), check }).process('reader', reader).process('job', deleter);

  it('a deletion that leaves the cache entry behind serves a deleted cart for 300 seconds', async () => {
    const run = await lab(async () => Cart.objects.filter({ pk: 1 }).adelete()).run({
      schedule: ['reader', 'reader', 'reader', 'job'],
    });
    expect(run.checkFailed).toBe('AssertionError: the cache serves a deleted cart');
    expect(run.timeline.at(-1)!.cache).toEqual(['cart:1 = <Cart: Cart object (1)>']);
    expect(run.format()).toContain('cache cart:1 = <Cart: Cart object (1)>');
    clock.advance(299);
    expect(cache.get('cart:1')).not.toBeNull();
    clock.advance(1);
    expect(cache.get('cart:1')).toBeNull();
  });

  it('invalidating after the delete closes the sequential case but not a reader caught in between', async () => {
    const all = await lab(async () => {
      await Cart.objects.filter({ pk: 1 }).adelete();
      await cache.adelete('cart:1');
    }).explore();
    const buggy = await lab(async () => Cart.objects.filter({ pk: 1 }).adelete()).explore();
    expect(buggy.failures.length).toBeGreaterThan(all.failures.length);
    expect(all.failures.map((r) => r.schedule.join(' '))).toEqual(['reader reader job job reader']);
  });

  it('invalidation plus the row lock around read-and-fill and delete-and-invalidate closes it in every interleaving', async () => {
    const reader = async () => {
      const hit = await cache.aget('cart:1');
      if (hit !== null) return hit;
      return atomic(async () => {
        const cart = await Cart.objects.select_for_update().filter({ pk: 1 }).afirst();
        if (cart !== null) await cache.aset('cart:1', cart);
        return cart;
      });
    };
    const deleter = () =>
      atomic(async () => {
        await Cart.objects.select_for_update().filter({ pk: 1 }).alist();
        await Cart.objects.filter({ pk: 1 }).adelete();
        await cache.adelete('cart:1');
      });
    const all = await lab(deleter, reader).explore();
    expect(all.count).toBeGreaterThan(10);
    expect(all.failures).toEqual([]);
  });
});

describe('processes and isolation', () => {
  it('a process does not see another process’s uncommitted writes', async () => {
    const seen: number[] = [];
    const lab = new Scheduler()
      .process('writer', () =>
        atomic(async () => {
          await Cart.objects.acreate({ items: 5 });
          await step('before commit');
        }),
      )
      .process('reader', async () => {
        seen.push(await Cart.objects.acount());
        await step('later');
        seen.push(await Cart.objects.acount());
      });
    const run = await lab.run({ schedule: ['writer', 'writer', 'reader', 'writer', 'writer', 'reader', 'reader'] });
    expect(seen).toEqual([0, 1]);
    expect(run.timeline[1]!.rows).toEqual({ app_cart: [] });
    expect(run.timeline[4]!.rows).toEqual({ app_cart: ["{'id': 1, 'items': 5}"] });
  });

  it('names savepoints by process, like thread idents', async () => {
    const run = await new Scheduler().process('A', () => atomic(async () => atomic(async () => Cart.objects.acreate({})))).run();
    expect(run.timeline.flatMap((e) => e.sql).filter((s) => !s.startsWith('INSERT'))).toEqual([
      'BEGIN',
      'SAVEPOINT "s2_x1"',
      'RELEASE SAVEPOINT "s2_x1"',
      'COMMIT',
    ]);
  });

  it('a synchronous ORM call inside a process raises SynchronousOnlyOperation, as in async Django code', async () => {
    const run = await new Scheduler().process('A', async () => Cart.objects.count()).run();
    expect(run.outcomes.A!.error).toBeInstanceOf(SynchronousOnlyOperation);
    expect(String(run.outcomes.A!.error)).toBe('You cannot call this from an async context - use a thread or sync_to_async.');
  });

  it('nowait raises OperationalError, skip_locked skips the locked row', async () => {
    const setup = () => {
      Cart.objects.create({ items: 1 });
      Cart.objects.create({ items: 2 });
    };
    const holder = () =>
      atomic(async () => {
        await Cart.objects.select_for_update().filter({ pk: 1 }).alist();
        await step('hold');
      });
    const nowait = await new Scheduler({ setup })
      .process('A', holder)
      .process('B', () => atomic(async () => Cart.objects.select_for_update({ nowait: true }).alist()))
      .run({ schedule: ['A', 'A', 'B', 'B'] });
    expect(nowait.outcomes.B!.error).toBeInstanceOf(OperationalError);
    expect(nowait.timeline[3]!.error).toBe('OperationalError: could not obtain lock on row in relation "app_cart"');
    const skip = await new Scheduler({ setup })
      .process('A', holder)
      .process('B', () =>
        atomic(async () => (await Cart.objects.select_for_update({ skip_locked: true }).alist()).map((c) => c.pk)),
      )
      .run({ schedule: ['A', 'A', 'B', 'B', 'B'] });
    expect(skip.outcomes.B!.value).toEqual([2]);
  });

  it('detects a deadlock: the process that closes the cycle gets OperationalError, the other goes on', async () => {
    const setup = () => {
      Cart.objects.create({});
      Cart.objects.create({});
    };
    const lockBoth = (first: number, second: number) => () =>
      atomic(async () => {
        await Cart.objects.select_for_update().filter({ pk: first }).alist();
        await Cart.objects.select_for_update().filter({ pk: second }).alist();
        return 'done';
      });
    const run = await new Scheduler({ setup })
      .process('A', lockBoth(1, 2))
      .process('B', lockBoth(2, 1))
      .run({ schedule: ['A', 'B', 'A', 'B', 'A', 'B'] });
    expect(run.timeline[4]!.outcome).toBe('waiting');
    expect(run.timeline[5]!.error).toBe('OperationalError: deadlock detected');
    expect(run.failed).toEqual(['B']);
    expect(run.outcomes.A!.value).toBe('done');
  });

  it('a skipped schedule entry is recorded when the named process cannot run', async () => {
    const run = await new Scheduler()
      .process('A', async () => Cart.objects.acount())
      .process('B', async () => Cart.objects.acount())
      .run({ schedule: ['A', 'A', 'B'] });
    expect(run.timeline.map((e) => `${e.process}:${e.outcome}`)).toEqual(['A:ok', 'A:skipped', 'B:ok']);
  });
});

describe('bad input: the scheduler stops with a clear message', () => {
  it('a process that awaits something that never resolves, inside atomic, holding a lock', async () => {
    const lab = new Scheduler({ setup: () => Cart.objects.create({}) }).process('A', () =>
      atomic(async () => {
        await Cart.objects.select_for_update().filter({ pk: 1 }).alist();
        await new Promise(() => undefined);
      }),
    );
    const error = await raisesAsync(() => lab.run(), SchedulerStopped);
    expect(error.message).toBe(
      "Process 'A' is stuck after Cart.alist(): it awaits something that is not a scheduler step (a promise that never resolves, a timer?), holding the lock on app_cart row 1.",
    );
    expect(error.run!.timeline.length).toBe(2);
    // The stopped run's transaction was rolled back and its lock released.
    expect(Cart.objects.count()).toBe(1);
  });

  it('a process that loops forever', async () => {
    const lab = new Scheduler({ maxSteps: 50 }).process('spinner', async () => {
      for (;;) await step('spin');
    });
    const error = await raisesAsync(() => lab.run(), SchedulerStopped);
    expect(error.message).toBe(
      "Stopped after 50 steps: 'spinner' is at spin. A process that loops or never releases a lock cannot finish.",
    );
  });

  it('a process that never releases a lock while another waits for it', async () => {
    const lab = new Scheduler({ setup: () => Cart.objects.create({}), maxSteps: 20 })
      .process('A', () =>
        atomic(async () => {
          await Cart.objects.select_for_update().filter({ pk: 1 }).alist();
          for (;;) await step('spin');
        }),
      )
      .process('B', () => atomic(async () => Cart.objects.select_for_update().filter({ pk: 1 }).alist()));
    const error = await raisesAsync(() => lab.run(), SchedulerStopped);
    expect(error.message).toBe(
      "Stopped after 20 steps: 'A' is at spin, 'B' waits for the lock on app_cart row 1 held by 'A'. A process that loops or never releases a lock cannot finish.",
    );
  });

  it('explore() reports stopped runs instead of raising', async () => {
    const lab = new Scheduler({ maxSteps: 5 }).process('A', async () => {
      for (;;) await step();
    });
    const all = await lab.explore();
    expect(all.count).toBe(1);
    expect(all.stopped[0]!.message).toMatch(/^Stopped after 5 steps: 'A' is at step/);
  });

  it('refuses a schedule naming an unknown process, and duplicate names', async () => {
    const lab = new Scheduler().process('A', async () => undefined);
    await raisesAsync(() => lab.run({ schedule: ['Z'] }), Error, "The schedule names 'Z', which is not a process (A).");
    expect(() => lab.process('A', async () => undefined)).toThrow("A process named 'A' is already declared.");
  });

  it('explore() stops at its limit and says so', async () => {
    const three = async () => {
      await step();
      await step();
      await step();
    };
    const all = await new Scheduler().process('A', three).process('B', three).explore({ limit: 7 });
    expect(all.count).toBe(7);
    expect(all.truncated).toBe(true);
  });
});
