import type { PrismaClient } from "../generated/prisma/client.js";
import { getOrCreate } from "../lib/get-or-create.js";

/**
 * SQL straight to the driver adapter, for the write path's hot statements. Prisma 6's client engine compiles
 * every query it runs (raw ones too) in WebAssembly before the adapter sees it; under load that was a fifth of
 * the server's CPU. These statements skip the compiler and go to the same adapter (the same pool, the same
 * transaction's connection), so they mix freely with Prisma's own queries in one transaction.
 *
 * Values come back as Prisma's `$queryRaw` gives them: timestamps as Date, json parsed, int8 as BigInt.
 * Parameters: strings, numbers, booleans, null, Dates (sent as UTC, like Prisma does for `timestamp(3)`) and
 * arrays of strings.
 */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

/** What a Prisma driver adapter (adapter-pg, pglite-prisma-adapter) and its transactions answer. */
interface Queryable {
  queryRaw(query: { sql: string; args: unknown[]; argTypes: unknown[] }): Promise<{
    columnNames: string[];
    columnTypes: number[];
    rows: unknown[][];
  }>;
}
interface AdapterFactory {
  connect(): Promise<Queryable & { startTransaction(...args: unknown[]): Promise<Queryable> }>;
}

// @prisma/driver-adapter-utils ColumnTypeEnum
const INT64 = 1;
const DATETIME = 10;
const JSON_ = 11;
const DATETIME_ARRAY = 74;
const JSON_ARRAY = 75;

/** A timestamp as the adapters give it: PostgreSQL's with an offset, PGlite's without one (it is UTC). */
const toDate = (v: unknown) => {
  if (typeof v !== "string") return v instanceof Date ? v : new Date(String(v));
  const iso = v.replace(" ", "T");
  return new Date(/(Z|[+-]\d\d(:?\d\d)?)$/.test(iso.slice(10)) ? iso : `${iso}Z`);
};
const toJson = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v);
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const utc = (d: Date) =>
  `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;

const scalar = { scalarType: "unknown", arity: "scalar" } as const;
const list = { scalarType: "string", arity: "list" } as const;

function sqlOn(queryable: Queryable): Sql {
  return {
    async query<T>(text: string, params: readonly unknown[] = []) {
      const args = params.map((p) => (p instanceof Date ? utc(p) : p === undefined ? null : p));
      const result = await queryable.queryRaw({ sql: text, args, argTypes: args.map((a) => (Array.isArray(a) ? list : scalar)) });
      const { columnNames, columnTypes } = result;
      const convert = columnTypes.map((type) => {
        if (type === DATETIME) return toDate;
        if (type === JSON_) return toJson;
        if (type === INT64) return (v: unknown) => BigInt(v as string);
        if (type === DATETIME_ARRAY) return (v: unknown) => (v as unknown[]).map(toDate);
        if (type === JSON_ARRAY) return (v: unknown) => (v as unknown[]).map(toJson);
        return null;
      });
      return result.rows.map((row) => {
        const out: Record<string, unknown> = {};
        for (let i = 0; i < columnNames.length; i++) {
          const value = row[i];
          const c = convert[i];
          out[columnNames[i]!] = value === null || !c ? value : c(value);
        }
        return out as T;
      });
    },
  };
}

/** Prisma's fallback: the same contract through `$queryRawUnsafe`, for clients this module did not open. */
function sqlThroughPrisma(client: Pick<PrismaClient, "$queryRawUnsafe">): Sql {
  return { query: <T>(text: string, params: readonly unknown[] = []) => client.$queryRawUnsafe<T[]>(text, ...params) };
}

// Which driver transaction a Prisma transaction client runs on: the first statement through `sqlOf(tx)` goes
// through Prisma with a marker comment, and the driver transaction that sees the marker is remembered for
// the rest. (No AsyncLocalStorage: in Node 20 it turns on promise hooks, a cost on every promise.)
const marked = new Map<string, Queryable>();
const outside = new WeakMap<object, Sql>();
const inside = new WeakMap<object, Sql>();
const reached = new WeakSet<object>();
const MARK = "/*tx:";
let marks = 0;

/** Wraps a driver adapter factory so that its pool and its transactions can be reached with `sqlOf`. */
export function rawAccess<F>(factory: F, register: (sql: Sql) => void): F {
  const f = factory as unknown as AdapterFactory;
  const connect = f.connect.bind(f);
  f.connect = async () => {
    const adapter = await connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args: unknown[]) => {
      const tx = await start(...args);
      const query = tx.queryRaw.bind(tx);
      tx.queryRaw = (q) => {
        if (q.sql.startsWith(MARK)) marked.set(q.sql.slice(MARK.length, q.sql.indexOf("*/")), tx);
        return query(q);
      };
      return tx;
    };
    register(sqlOn(adapter));
    return adapter;
  };
  return factory;
}

/** Remembers the adapter's pool for a client opened through `rawAccess`. */
export function registerClient(prisma: PrismaClient, sql: Sql) {
  outside.set(prisma, sql);
}

const isTransaction = (client: object) => Symbol.for("prisma.client.transaction.id") in client;

/** A transaction client's Sql: its first statement finds the driver transaction (see `marked`). */
function transactionSql(tx: Pick<PrismaClient, "$queryRawUnsafe">): Sql {
  const prisma = sqlThroughPrisma(tx);
  let direct: Sql | undefined;
  return {
    async query<T>(text: string, params: readonly unknown[] = []) {
      if (direct) return direct.query<T>(text, params);
      const mark = String(++marks);
      try {
        return await prisma.query<T>(`${MARK}${mark}*/ ${text}`, params);
      } finally {
        const found = marked.get(mark);
        marked.delete(mark);
        if (found) {
          direct = sqlOn(found);
          reached.add(tx);
        }
      }
    },
  };
}

/** Raw SQL on a client or a transaction client: straight to the driver when reachable, else through Prisma. */
export function sqlOf(client: Pick<PrismaClient, "$queryRawUnsafe">): Sql {
  if (isTransaction(client)) return getOrCreate(inside, client, () => transactionSql(client));
  return outside.get(client) ?? sqlThroughPrisma(client);
}

/** Whether `sqlOf(client)` reaches the driver itself by now (else it goes through Prisma): for tests. */
export const reachesDriver = (client: object) => outside.has(client) || reached.has(client);
