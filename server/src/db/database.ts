import { execFile } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { setFlagsFromString } from "node:v8";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Config } from "../config.js";
import { PrismaClient } from "../generated/prisma/client.js";
import { logger } from "../logger.js";
import { applyMigrations } from "./migrate.js";
import { rawAccess, registerClient } from "./raw.js";

export interface Database {
  prisma: PrismaClient;
  kind: "pglite" | "postgresql";
  close(): Promise<void>;
}

/** Opens the store the configuration names and brings its schema up to date before anyone queries it. */
export async function openDatabase(config: Pick<Config, "databaseUrl" | "dataDir">): Promise<Database> {
  if (config.databaseUrl) {
    const migrator = new pg.Client({ connectionString: config.databaseUrl });
    await migrator.connect();
    try {
      const applied = await applyMigrations({
        query: (sql, params) => migrator.query(sql, params as unknown[]) as never,
        exec: (sql) => migrator.query(sql),
      });
      if (applied.length) logger.info({ applied }, "migrations applied");
    } finally {
      await migrator.end();
    }
    // rawAccess: the write path's hot statements reach the driver without Prisma's query compiler (db/raw.ts).
    const prisma: PrismaClient = new PrismaClient({
      adapter: rawAccess(new PrismaPg({ connectionString: config.databaseUrl }), (sql) => registerClient(prisma, sql)),
    });
    await prisma.$connect();
    return { prisma, kind: "postgresql", close: () => prisma.$disconnect() };
  }

  mkdirSync(config.dataDir, { recursive: true });
  baselineWebAssemblyOnly();
  if (!existsSync(path.join(config.dataDir, "PG_VERSION"))) await initializeDataDir(config.dataDir);
  // One process at a time may open a PGlite directory: migrate and serve through the same instance.
  const pglite = new PGlite(config.dataDir, { startParams: [...defaultStartParams, ...memorySettings] });
  const applied = await applyMigrations({
    query: (sql, params) => pglite.query(sql, params) as never,
    exec: (sql) => pglite.exec(sql),
  });
  if (applied.length) logger.info({ applied, dataDir: config.dataDir }, "migrations applied");
  const prisma: PrismaClient = new PrismaClient({
    // pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils; the runtime contract is the same.
    adapter: rawAccess(new PrismaPGlite(pglite) as unknown as PrismaPg, (sql) => registerClient(prisma, sql)),
  });
  await prisma.$connect();
  return {
    prisma,
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/**
 * PGlite's PostgreSQL is 9 MB of WebAssembly. By default V8 compiles it with its baseline compiler (Liftoff)
 * and then recompiles the functions that get hot with TurboFan, on up to four background threads; what those
 * compilations allocate stays behind in the threads' malloc arenas. Measured on the compiled server after the
 * same first requests: idle RSS 278-322 MB with tiering (it differs with every start), 215-222 MB without,
 * for 1-9% less write throughput on the embedded database (bench/RESULTS.md). The embedded default runs one
 * team's workspace on one machine, where a steady, small footprint is worth more than that peak; production
 * runs on PostgreSQL and never comes here. Set before PGlite compiles its module: V8 reads it at compile time.
 */
function baselineWebAssemblyOnly() {
  setFlagsFromString("--liftoff-only");
}

/**
 * PGlite's own defaults (it replaces them when startParams is given), then memory: PostgreSQL's 128 MB of
 * shared buffers live inside the WebAssembly heap and, once touched, in the server's RSS for good. 16 MB
 * holds a team's boards many times over; the operating system's page cache still serves the files.
 */
const defaultStartParams = [
  "--single",
  "-F",
  "-O",
  "-j",
  "-c",
  "search_path=public",
  "-c",
  "exit_on_error=false",
  "-c",
  "log_checkpoints=false",
  "-c",
  "max_worker_processes=0",
  "-c",
  "max_parallel_workers=0",
  "-c",
  "max_parallel_workers_per_gather=0",
  "-c",
  "io_method=sync",
  "-c",
  "max_parallel_maintenance_workers=0",
];
const memorySettings = ["-c", "shared_buffers=16MB", "-c", "temp_buffers=2MB"];

/**
 * Creates a new PGlite directory (initdb) in a short-lived child process. Done in the server's own process,
 * initdb's WebAssembly memory and bundle stay reachable inside PGlite's module and keep ~500 MB of RSS for
 * the server's whole life; in a child they go away with it.
 */
async function initializeDataDir(dataDir: string): Promise<void> {
  const script = `import { PGlite } from "@electric-sql/pglite";
const db = new PGlite(process.argv[1]);
await db.waitReady;
await db.close();`;
  await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script, dataDir], {
    cwd: path.join(import.meta.dirname, "..", ".."),
  });
  logger.info({ dataDir }, "embedded database created");
}
