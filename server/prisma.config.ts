import path from "node:path";
import { defineConfig } from "prisma/config";

// Only `prisma generate` runs through this config: the server applies migrations itself (src/db/migrate.ts).
export default defineConfig({
  schema: path.join(import.meta.dirname, "..", "prisma", "schema.prisma"),
});
