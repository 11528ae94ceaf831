// Prints the Pothos schema to the committed schema.graphql; with --check, fails when that file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { schema } from "../src/schema/index.js";

const file = path.join(import.meta.dirname, "..", "..", "schema.graphql");
const printed = `${printSchema(schema)}\n`;
if (process.argv.includes("--check")) {
  const committed = readFileSync(file, "utf8");
  if (committed !== printed) {
    console.error("schema.graphql is stale: run `pnpm schema:print` and commit the result.");
    process.exit(1);
  }
  console.log("schema.graphql is current");
} else {
  writeFileSync(file, printed);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
