import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP-recommended memory cost); prebuilt per platform on npm.
export const hashPassword = (password: string) => hash(password);

// A fixed hash to verify against when the email is unknown, so both failures take the same time.
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoy ??= hash("taskgraph-decoy-password");
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
