/**
 * A real PostgreSQL for the store's tests: each test file gets its own database, created on the
 * server named by PORTBOT_TEST_POSTGRES_URL (default: the local cluster `.ci/run` starts) and
 * dropped afterwards, so runs never see each other.
 *
 * Where no server answers, suites skip with a loud note — except in CI (`CI` set), where a missing
 * PostgreSQL fails the run instead of silently testing less.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const POSTGRES_ADMIN_URL =
  process.env.PORTBOT_TEST_POSTGRES_URL ?? 'postgres://postgres:portbot@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  name: string;
  /** Runs SQL as the administrator (outside the database under test). */
  admin(sql: string): Promise<void>;
  drop(): Promise<void>;
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** True when the test server answers; throws in CI when it does not. */
export async function postgresAvailable(): Promise<boolean> {
  try {
    await withAdmin((client) => client.query('select 1'));
    return true;
  } catch (error) {
    const message = `PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL.replace(/:[^:@/]*@/, ':***@')} (${(error as Error).message})`;
    if (process.env.CI) throw new Error(`${message}; CI needs it (.ci/run installs and starts it)`);
    console.warn(`\n*** SKIPPING PostgreSQL tests: ${message} ***\n`);
    return false;
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `portbot_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`create database ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    admin: (statement) => withAdmin(async (client) => void (await client.query(statement))),
    drop: () =>
      withAdmin(async (client) => {
        await client.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1`, [
          name,
        ]);
        await client.query(`drop database if exists ${name}`);
      }),
  };
}
