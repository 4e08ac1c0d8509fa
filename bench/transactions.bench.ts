// Figures for transactions, processes and the scheduler:
// `npx vitest bench --run --config vitest.bench.config.ts`. Figures only; nothing asserts a timing.
import { describe, test } from 'vitest';
import { models, reset_databases, transaction } from 'django/db';
import { Scheduler, step } from 'sandbox/scheduler';

class Account extends models.Model {
  balance = models.IntegerField({ default: 0 });
  static override objects = new models.Manager(this);
}

function report(
  name: string,
  result: { latency?: { mean?: number }; throughput?: { mean?: number } },
  perRun = 1,
  unit = '',
): void {
  const ms = result.latency?.mean ?? Number.NaN;
  const per = perRun > 1 ? `, ${((ms * 1000) / perRun).toFixed(2)} µs per ${unit}` : '';
  console.log(`${name}: ${ms.toFixed(3)} ms per run${per}`);
}

describe('transactions', () => {
  test('10,000 atomic blocks with one write each', async ({ bench }) => {
    const r = await bench('10,000 atomic blocks', { iterations: 5, warmupIterations: 1 } as never, () => {
      reset_databases();
      for (let i = 0; i < 10_000; i++) transaction.atomic(() => Account.objects.create({ balance: i }));
    }).run();
    report('10,000 atomic blocks with one write each', r, 10_000, 'block');
  });

  test('two processes contending for one locked row, 1,000 times', async ({ bench }) => {
    const lockAndWrite = async () => {
      for (let i = 0; i < 500; i++) {
        await transaction.atomic(async () => {
          const account = await Account.objects.select_for_update().aget({ pk: 1 });
          account.balance += 1;
          await account.asave();
        });
      }
    };
    const lab = new Scheduler({ setup: () => Account.objects.create({}), maxSteps: 100_000 })
      .process('A', lockAndWrite)
      .process('B', lockAndWrite);
    let steps = 0;
    const r = await bench('1,000 contended locks', { iterations: 3, warmupIterations: 1 } as never, async () => {
      steps = (await lab.run()).timeline.length;
    }).run();
    report(`two processes, 1,000 lock acquisitions (${steps} steps)`, r, 1000, 'acquisition');
  });

  test("the scheduler's cost per step", async ({ bench }) => {
    const spin = async () => {
      for (let i = 0; i < 5_000; i++) await step();
    };
    const lab = new Scheduler({ maxSteps: 20_000 }).process('A', spin).process('B', spin);
    const r = await bench('10,000 empty steps', { iterations: 3, warmupIterations: 1 } as never, async () => {
      await lab.run();
    }).run();
    report('10,000 empty steps of two processes', r, 10_000, 'step');
  });

  test('every interleaving of two 4-step processes', async ({ bench }) => {
    const fourSteps = async () => {
      const account = await Account.objects.aget({ pk: 1 });
      account.balance += 1;
      await account.asave();
      await Account.objects.filter({ pk: 1 }).aupdate({ balance: models.F('balance').add(1) });
      await Account.objects.acount();
    };
    const lab = new Scheduler({ setup: () => Account.objects.create({}) }).process('A', fourSteps).process('B', fourSteps);
    let count = 0;
    const r = await bench('explore 2 x 4 steps', { iterations: 5, warmupIterations: 1 } as never, async () => {
      count = (await lab.explore()).count;
    }).run();
    report(`explore(): ${count} interleavings of two 4-step processes, each from a fresh database`, r, count, 'interleaving');
  });
});
