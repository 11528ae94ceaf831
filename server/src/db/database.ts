import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Config } from "../config.js";
import { PrismaClient } from "../generated/prisma/client.js";
import { logger } from "../logger.js";
import { applyMigrations } from "./migrate.js";

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
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.databaseUrl }) });
    await prisma.$connect();
    return { prisma, kind: "postgresql", close: () => prisma.$disconnect() };
  }

  mkdirSync(config.dataDir, { recursive: true });
  // One process at a time may open a PGlite directory: migrate and serve through the same instance.
  const pglite = new PGlite(config.dataDir);
  const applied = await applyMigrations({
    query: (sql, params) => pglite.query(sql, params) as never,
    exec: (sql) => pglite.exec(sql),
  });
  if (applied.length) logger.info({ applied, dataDir: config.dataDir }, "migrations applied");
  const prisma = new PrismaClient({
    // pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils; the runtime contract is the same.
    adapter: new PrismaPGlite(pglite) as unknown as PrismaPg,
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
