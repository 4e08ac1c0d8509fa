// django.db.transaction: atomic blocks, savepoints, rollback of the in-memory writes, on_commit,
// the rollback flag, durable blocks and Django's TransactionManagementError rules.
import { beforeEach, describe, expect, it } from 'vitest';
import { connection, IntegrityError, models, reset_databases, transaction, TransactionManagementError } from 'django/db';
import * as transactionModule from 'django/db/transaction';
import { RuntimeError } from 'python/builtins';
import { captureLogs } from 'python/logging';
import { asyncContext } from 'django/utils/asyncio';
import { SynchronousOnlyOperation } from 'django/core/exceptions';
import { raises, raisesAsync, sqlLog } from '../models/helpers';

class Account extends models.Model {
  name = models.CharField({ max_length: 20, unique: true });
  balance = models.IntegerField({ default: 0 });
  static override objects = new models.Manager(this);
}

const { atomic, on_commit } = transaction;

beforeEach(() => {
  reset_databases();
});

function names(): string[] {
  return Account.objects.order_by('name').values_list('name', { flat: true }).list() as string[];
}

describe('atomic', () => {
  it('commits the block and logs BEGIN … COMMIT as the SQLite backend does', () => {
    const result = atomic(() => {
      Account.objects.create({ name: 'ann' });
      return 42;
    });
    expect(result).toBe(42);
    const log = sqlLog();
    expect(log[0]).toBe('BEGIN');
    expect(log[1]).toMatch(/^INSERT INTO "app_account"/);
    expect(log[2]).toBe('COMMIT');
    expect(names()).toEqual(['ann']);
  });

  it('rolls back every write of the block on an exception and raises it again', () => {
    Account.objects.create({ name: 'keep', balance: 1 });
    const error = raises(
      () =>
        atomic(() => {
          Account.objects.create({ name: 'gone' });
          Account.objects.filter({ name: 'keep' }).update({ balance: 99 });
          Account.objects.filter({ name: 'keep' }).delete();
          throw new RuntimeError('boom');
        }),
      RuntimeError,
      'boom',
    );
    expect(error).toBeInstanceOf(RuntimeError);
    expect(sqlLog().at(-1)).toBe('ROLLBACK');
    expect(names()).toEqual(['keep']);
    expect(Account.objects.get({ name: 'keep' }).balance).toBe(1);
  });

  it('gives back the ids of rolled-back inserts, as SQLite does', () => {
    raises(() => atomic(() => (Account.objects.create({ name: 'x' }), raiseNow())), RuntimeError);
    expect(Account.objects.create({ name: 'y' }).pk).toBe(1);
  });

  it('nests with savepoints named s<thread>_x<n>; an inner failure rolls back only the inner block', () => {
    atomic(() => {
      Account.objects.create({ name: 'outer' });
      try {
        atomic(() => {
          Account.objects.create({ name: 'inner' });
          raiseNow();
        });
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e;
      }
      atomic(() => Account.objects.create({ name: 'second' }));
    });
    const log = sqlLog().filter((s) => !s.startsWith('INSERT'));
    expect(log).toEqual([
      'BEGIN',
      'SAVEPOINT "s1_x1"',
      'ROLLBACK TO SAVEPOINT "s1_x1"',
      'RELEASE SAVEPOINT "s1_x1"',
      'SAVEPOINT "s1_x2"',
      'RELEASE SAVEPOINT "s1_x2"',
      'COMMIT',
    ]);
    expect(names()).toEqual(['outer', 'second']);
  });

  it('keeps counting savepoints across blocks until clean_savepoints()', () => {
    atomic(() => atomic(() => undefined));
    atomic(() => atomic(() => undefined));
    expect(sqlLog()).toContain('SAVEPOINT "s1_x2"');
    transactionModule.clean_savepoints();
    atomic(() => atomic(() => undefined));
    expect(sqlLog().at(-3)).toBe('SAVEPOINT "s1_x1"');
  });

  it('savepoint=false: an inner failure marks the whole transaction for rollback', () => {
    raises(
      () =>
        atomic(() => {
          Account.objects.create({ name: 'a' });
          try {
            atomic(() => raiseNow(), { savepoint: false });
          } catch {
            // swallowed: the outer block is still doomed
          }
          expect(transaction.get_rollback()).toBe(true);
          Account.objects.count();
        }),
      TransactionManagementError,
      "An error occurred in the current transaction. You can't execute queries until the end of the 'atomic' block.",
    );
    expect(names()).toEqual([]);
  });

  it('a query after a caught IntegrityError inside atomic raises TransactionManagementError', () => {
    Account.objects.create({ name: 'dup' });
    const error = raises(
      () =>
        atomic(() => {
          try {
            Account.objects.create({ name: 'dup' });
          } catch (e) {
            if (!(e instanceof IntegrityError)) throw e;
          }
          Account.objects.count();
        }),
      TransactionManagementError,
      "An error occurred in the current transaction. You can't execute queries until the end of the 'atomic' block.",
    );
    expect(error.__cause__).toBeInstanceOf(IntegrityError);
  });

  it('the fix: a nested atomic around the write that may fail keeps the outer block usable', () => {
    Account.objects.create({ name: 'dup' });
    atomic(() => {
      try {
        atomic(() => Account.objects.create({ name: 'dup' }));
      } catch (e) {
        if (!(e instanceof IntegrityError)) throw e;
      }
      expect(Account.objects.count()).toBe(1);
    });
  });

  it('set_rollback(true) rolls back without an exception; both flag functions refuse outside atomic', () => {
    atomic(() => {
      Account.objects.create({ name: 'x' });
      transaction.set_rollback(true);
    });
    expect(sqlLog().at(-1)).toBe('ROLLBACK');
    expect(names()).toEqual([]);
    raises(
      () => transaction.get_rollback(),
      TransactionManagementError,
      "The rollback flag doesn't work outside of an 'atomic' block.",
    );
    raises(
      () => transaction.set_rollback(true),
      TransactionManagementError,
      "The rollback flag doesn't work outside of an 'atomic' block.",
    );
  });

  it('durable blocks cannot be nested', () => {
    raises(
      () => atomic(() => atomic(() => undefined, { durable: true })),
      RuntimeError,
      'A durable atomic block cannot be nested within another atomic block.',
    );
    expect(atomic(() => 'ok', { durable: true })).toBe('ok');
  });

  it('accepts options first, refuses unknown options, and commit()/rollback() inside a block', () => {
    expect(atomic({ using: 'default' }, () => 1)).toBe(1);
    raises(() => atomic(() => 1, { nope: 1 } as never), TypeError, "atomic() got an unexpected keyword argument 'nope'");
    raises(
      () => atomic(() => transaction.commit()),
      TransactionManagementError,
      "This is forbidden when an 'atomic' block is active.",
    );
  });

  it('the async form awaits the callback inside the block', async () => {
    const value = await atomic(async () => {
      await Account.objects.acreate({ name: 'async' });
      return 'done';
    });
    expect(value).toBe('done');
    expect(sqlLog()[0]).toBe('BEGIN');
    expect(sqlLog().at(-1)).toBe('COMMIT');
    await raisesAsync(
      () =>
        atomic(async () => {
          await Account.objects.acreate({ name: 'lost' });
          throw new RuntimeError('async boom');
        }),
      RuntimeError,
      'async boom',
    );
    expect(names()).toEqual(['async']);
  });

  it('the sync form is refused in async code, the async form is allowed', async () => {
    await asyncContext(async () => {
      await raisesAsync(
        async () => atomic(() => 1),
        SynchronousOnlyOperation,
        'You cannot call this from an async context - use a thread or sync_to_async.',
      );
      await atomic(async () => {
        await Account.objects.acreate({ name: 'ok' });
      });
    });
    expect(names()).toEqual(['ok']);
  });

  it('is the django/db/transaction module, which also exports TransactionManagementError', () => {
    expect(transactionModule.TransactionManagementError).toBe(TransactionManagementError);
    expect(transaction.atomic).toBe(transactionModule.atomic);
    expect(connection.in_atomic_block).toBe(false);
  });
});

describe('on_commit', () => {
  it('runs callbacks after the outermost commit, in order', () => {
    const calls: string[] = [];
    atomic(() => {
      on_commit(() => calls.push('first'));
      atomic(() => on_commit(() => calls.push('inner')));
      expect(calls).toEqual([]);
    });
    expect(calls).toEqual(['first', 'inner']);
  });

  it('drops callbacks on rollback, including those of a rolled-back savepoint only', () => {
    const calls: string[] = [];
    atomic(() => {
      on_commit(() => calls.push('kept'));
      try {
        atomic(() => {
          on_commit(() => calls.push('dropped'));
          raiseNow();
        });
      } catch {
        // the inner block rolled back
      }
    });
    raises(() => atomic(() => (on_commit(() => calls.push('never')), raiseNow())), RuntimeError);
    expect(calls).toEqual(['kept']);
  });

  it('runs at once outside a transaction; robust callbacks log their exception instead of raising', () => {
    const calls: string[] = [];
    on_commit(() => calls.push('now'));
    expect(calls).toEqual(['now']);
    function sendMail(): void {
      throw new RuntimeError('SMTP down');
    }
    const { output } = captureLogs('django.db.backends.base', 'ERROR', () =>
      atomic(() => {
        on_commit(sendMail, { robust: true });
        on_commit(() => calls.push('after'));
      }),
    );
    expect(calls).toEqual(['now', 'after']);
    expect(output[0]).toBe('ERROR:django.db.backends.base:Error calling sendMail in on_commit() (SMTP down).');
    raises(() => on_commit('x' as never), TypeError, "on_commit()'s callback must be a callable.");
  });

  it('a non-robust callback raises after the commit', () => {
    raises(() => atomic(() => (Account.objects.create({ name: 'saved' }), on_commit(() => raiseNow()))), RuntimeError);
    expect(names()).toEqual(['saved']);
  });
});

describe('select_for_update', () => {
  it('outside a transaction raises TransactionManagementError when evaluated', () => {
    Account.objects.create({ name: 'a' });
    const qs = Account.objects.select_for_update();
    raises(() => qs.list(), TransactionManagementError, 'select_for_update cannot be used outside of a transaction.');
  });

  it('inside atomic locks and logs FOR UPDATE with its options', () => {
    Account.objects.create({ name: 'a' });
    atomic(() => {
      Account.objects.select_for_update().get({ name: 'a' });
      Account.objects.select_for_update({ nowait: true }).list();
      Account.objects.select_for_update({ skip_locked: true, of: ['self'] }).list();
      expect(connection.lockManager.held().map((l) => l.key)).toEqual([1]);
    });
    const log = sqlLog().filter((s) => s.includes('FOR UPDATE'));
    expect(log[0]).toMatch(/ LIMIT 21 FOR UPDATE$/);
    expect(log[1]).toMatch(/ FOR UPDATE NOWAIT$/);
    expect(log[2]).toMatch(/ FOR UPDATE OF "app_account" SKIP LOCKED$/);
    expect(connection.lockManager.held()).toEqual([]);
    raises(
      () => Account.objects.select_for_update({ nowait: true, skip_locked: true }),
      Error,
      'The nowait option cannot be used with skip_locked.',
    );
  });
});

function raiseNow(): never {
  throw new RuntimeError('boom');
}

describe("the ORM's own atomic blocks, as Django opens them", () => {
  it('get_or_create() inserts inside atomic: BEGIN/COMMIT, or a savepoint inside a transaction', () => {
    Account.objects.get_or_create({ name: 'a' });
    expect(sqlLog().map((s) => s.split(' ')[0])).toEqual(['SELECT', 'BEGIN', 'INSERT', 'COMMIT']);
    connection.reset_queries();
    atomic(() => Account.objects.get_or_create({ name: 'b' }));
    expect(sqlLog().map((s) => s.split(' ')[0])).toEqual(['BEGIN', 'SELECT', 'SAVEPOINT', 'INSERT', 'RELEASE', 'COMMIT']);
    connection.reset_queries();
    expect(Account.objects.get_or_create({ name: 'a' })[1]).toBe(false);
    expect(sqlLog().length).toBe(1);
  });

  it('update_or_create() locks the row and saves inside one atomic block', () => {
    Account.objects.create({ name: 'a' });
    connection.reset_queries();
    const [obj, created] = Account.objects.update_or_create({ name: 'a', defaults: { balance: 5 } });
    expect(created).toBe(false);
    expect(obj.balance).toBe(5);
    const log = sqlLog();
    expect(log[0]).toBe('BEGIN');
    expect(log[1]).toMatch(/^SELECT .* FOR UPDATE$/);
    expect(log[2]).toMatch(/^UPDATE "app_account" SET "balance" = 5/);
    expect(log[3]).toBe('COMMIT');
    raises(() => Account.objects.select_for_update().get({ name: 'a' }), TransactionManagementError);
  });

  it('a delete that collects related rows or bulk_create() run inside atomic(savepoint=False)', () => {
    Account.objects.bulk_create([new Account({ name: 'x' }), new Account({ name: 'y' })]);
    expect(sqlLog()[0]).toBe('BEGIN');
    expect(sqlLog().at(-1)).toBe('COMMIT');
    connection.reset_queries();
    Account.objects.filter({ name: 'x' }).delete();
    expect(sqlLog()).toEqual(['BEGIN', `DELETE FROM "app_account" WHERE "app_account"."name" = 'x'`, 'COMMIT']);
    connection.reset_queries();
    Account.objects.get({ name: 'y' }).delete();
    expect(sqlLog().slice(1)).toEqual(['DELETE FROM "app_account" WHERE "app_account"."id" IN (2)']);
  });
});
