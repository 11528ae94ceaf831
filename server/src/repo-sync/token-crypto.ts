import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { logger } from "../logger.js";
import type { RepoSyncSettings } from "./settings.js";

/**
 * Provider tokens at rest: AES-256-GCM with a random 96-bit IV. Stored as "v1.<keyId>.<iv>.<tag>.<data>"
 * (base64url); the key id (first bytes of the key's SHA-256) says which key sealed it, so a rotated key is
 * detected instead of producing garbage.
 */
export interface TokenBox {
  seal(token: string): string;
  open(sealed: string): string;
}

const keyId = (key: Buffer) => createHash("sha256").update(key).digest("base64url").slice(0, 8);

export function tokenBox(key: Buffer): TokenBox {
  if (key.length !== 32) throw new Error("TOKEN_ENCRYPTION_KEY must be 32 bytes, base64-encoded");
  const id = keyId(key);
  return {
    seal(token) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const data = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
      return ["v1", id, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
    },
    open(sealed) {
      const [version, sealedWith, iv, tag, data] = sealed.split(".");
      if (version !== "v1" || !iv || !tag || data === undefined) throw new Error("stored token has an unknown format");
      if (sealedWith !== id) throw new Error("stored token was sealed with another TOKEN_ENCRYPTION_KEY");
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
    },
  };
}

let cached: { source: string; box: TokenBox } | undefined;

/** The process's token box: TOKEN_ENCRYPTION_KEY, or a key generated once into DATA_DIR (0600). */
export function serverTokenBox(settings: RepoSyncSettings): TokenBox {
  const source = settings.tokenEncryptionKey ?? settings.dataDir;
  if (cached?.source === source) return cached.box;
  let key: Buffer;
  if (settings.tokenEncryptionKey) {
    key = Buffer.from(settings.tokenEncryptionKey, "base64");
  } else {
    const file = path.join(settings.dataDir, "token-encryption.key");
    if (!existsSync(file)) {
      mkdirSync(settings.dataDir, { recursive: true });
      // "wx": two processes starting at once do not overwrite each other's key.
      try {
        writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
        logger.warn(
          { file },
          "TOKEN_ENCRYPTION_KEY is not set: generated a key for repository tokens; instances sharing a database must share one key through TOKEN_ENCRYPTION_KEY",
        );
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    }
    chmodSync(file, 0o600);
    key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  }
  cached = { source, box: tokenBox(key) };
  return cached.box;
}
