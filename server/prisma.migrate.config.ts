import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// Authoring migrations without a native schema engine: the WebAssembly engine over an in-memory PGlite.
// Used by `pnpm db:migrate:new NAME` (scripts/new-migration.ts), never at run time.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(import.meta.dirname, "..", "prisma", "schema.prisma"),
  adapter: async () => new PrismaPGlite(new PGlite()),
});
