import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient, User } from "../generated/prisma/client.js";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(prisma: PrismaClient, userId: string): Promise<string> {
  const token = `tg_${randomBytes(32).toString("base64url")}`;
  await prisma.session.create({ data: { userId, tokenHash: hashToken(token) } });
  return token;
}

export interface Authenticated {
  user: User;
  sessionId: string;
}

/** Resolves `Bearer <token>` to its user; unknown, malformed and revoked tokens all resolve to nobody. */
export async function authenticate(prisma: PrismaClient, authorization: unknown): Promise<Authenticated | null> {
  if (typeof authorization !== "string") return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(match[1]) },
    include: { user: true },
  });
  if (!session || session.revokedAt) return null;
  return { user: session.user, sessionId: session.id };
}

export async function revokeSession(prisma: PrismaClient, sessionId: string): Promise<void> {
  await prisma.session.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
}
