// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the schema as committed
// at HEAD to the schema in the work tree. Runs Prisma's WebAssembly schema engine (no native binary needed).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: pnpm db:migrate:new <snake_case_name>");
  process.exit(2);
}
const root = path.join(import.meta.dirname, "..", "..");
const schema = path.join(root, "prisma", "schema.prisma");
let from = ["--from-empty"];
try {
  const committed = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root, encoding: "utf8" });
  const committedFile = path.join(tmpdir(), `taskgraph-schema-${process.pid}.prisma`);
  writeFileSync(committedFile, committed);
  from = ["--from-schema-datamodel", committedFile];
} catch {
  // No committed schema yet: the first migration starts from an empty database.
}
const sql = execFileSync(
  "prisma",
  ["migrate", "diff", "--config", "prisma.migrate.config.ts", ...from, "--to-schema-datamodel", schema, "--script"],
  {
    cwd: path.join(root, "server"),
    encoding: "utf8",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false" },
  },
);
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
