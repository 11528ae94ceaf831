import { createHash, randomBytes } from "node:crypto";

/**
 * Bearer secrets (session tokens, invite links): 32 random bytes behind a prefix that says what they are.
 * Only their SHA-256 is stored, so a leaked table grants nothing.
 */
export const newToken = (prefix: string) => `${prefix}_${randomBytes(32).toString("base64url")}`;
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
