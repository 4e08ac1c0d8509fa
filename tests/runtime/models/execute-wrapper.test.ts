// connection.execute_wrapper(): Django's hook around every statement (docs: "Database instrumentation").
import { beforeEach, describe, expect, it } from 'vitest';
import { connection, models, reset_databases } from 'django/db';
import { Exception } from 'python/builtins';

class Note extends models.Model {
  text = models.CharField({ max_length: 30 });
}

beforeEach(() => reset_databases());

describe('execute_wrapper', () => {
  it('sees every statement with its SQL and the connection, and passes it on', () => {
    const seen: string[] = [];
    connection.execute_wrapper(
      (execute, sql, params, many, context) => {
        seen.push(`${context.connection.alias}: ${sql}`);
        expect([params, many]).toEqual([[], false]);
        execute(sql, params, many, context);
      },
      () => {
        Note.objects.create({ text: 'a' });
        Note.objects.count();
      },
    );
    expect(seen).toEqual([
      `default: INSERT INTO "app_note" ("text") VALUES ('a') RETURNING "app_note"."id"`,
      'default: SELECT COUNT(*) AS "__count" FROM "app_note"',
    ]);
    expect(connection.queries.map((query) => query.sql)).toHaveLength(2);
  });

  it('can refuse a statement, which then is not executed (but is logged, as the debug cursor logs every attempt)', () => {
    const blocker = () => {
      throw new Exception('No database access allowed here.');
    };
    expect(() => connection.execute_wrapper(blocker, () => Note.objects.count())).toThrow('No database access allowed here.');
    expect(connection.queries.map((query) => query.sql)).toEqual(['SELECT COUNT(*) AS "__count" FROM "app_note"']);
  });

  it('nests with the first one installed outermost, and is removed afterwards', () => {
    const order: string[] = [];
    const named = (name: string) => (execute: Parameters<Parameters<typeof connection.execute_wrapper>[0]>[0], sql: string) => {
      order.push(`${name} in`);
      execute(sql, [], false, { connection });
      order.push(`${name} out`);
    };
    connection.execute_wrapper(named('outer'), () => connection.execute_wrapper(named('inner'), () => Note.objects.count()));
    expect(order).toEqual(['outer in', 'inner in', 'inner out', 'outer out']);
    Note.objects.count();
    expect(order).toHaveLength(4);
  });

  it('stays installed across an await and is removed when the promise settles', async () => {
    let seen = 0;
    await connection.execute_wrapper(
      (execute, sql, params, many, context) => {
        seen += 1;
        execute(sql, params, many, context);
      },
      async () => {
        await Promise.resolve();
        await Note.objects.acount();
      },
    );
    Note.objects.count();
    expect(seen).toBe(1);
  });
});
