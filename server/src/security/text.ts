/**
 * Text PostgreSQL and Prisma cannot store: PostgreSQL refuses the NUL character in text, and an unpaired
 * UTF-16 surrogate has no UTF-8 encoding, so Prisma fails on it. Both are refused as input, never stored.
 */
export function textProblem(value: string): string | null {
  if (value.includes("\u0000")) return "a NUL character (U+0000)";
  if (!isWellFormed(value)) return "an unpaired UTF-16 surrogate";
  return null;
}

// String.prototype.isWellFormed is in Node 20 but not in the ES2022 typings this project compiles against.
const isWellFormed = (value: string): boolean => (value as unknown as { isWellFormed(): boolean }).isWellFormed();

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The text a Relay global ID or cursor carries, or null when the value is not base64 at all. */
export function decodeOpaque(value: string): string | null {
  return value.length > 0 && base64.test(value) ? Buffer.from(value, "base64").toString("utf8") : null;
}
