/**
 * The PostgreSQL side of the store: a connection pool behind Kysely's dialect. Imported only when
 * DATABASE_URL names PostgreSQL, so that a service on SQLite (the default) never loads `pg`
 * (open-store.ts).
 */
import { PostgresDialect } from 'kysely';
import pg from 'pg';

const POSTGRES_INT8_OID = 20;

export function postgresDialect(url: string, statementTimeoutMs: number): PostgresDialect {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    statement_timeout: statementTimeoutMs,
    // Counts and times are bigint; every value portbot stores fits a JavaScript number.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === POSTGRES_INT8_OID
          ? Number
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return new PostgresDialect({ pool });
}
