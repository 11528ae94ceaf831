import { hashPassword, verifyPassword } from "../auth/password.js";
import { checkPassword } from "../auth/password-policy.js";
import type { Context } from "../context.js";
import { badInput, refuse } from "../errors.js";
import { Prisma, type User } from "../generated/prisma/client.js";
import { email as validEmail } from "./validate.js";

export async function signUp(
  ctx: Context,
  input: { email: string; password: string; name: string },
): Promise<{ token: string; user: User }> {
  const email = validEmail(input.email);
  const name = input.name.trim();
  // Common, breached and personal passwords are refused as NIST 800-63B asks; no composition rules.
  const verdict = checkPassword(input.password, { email, name });
  if (!verdict.ok) throw badInput(verdict.message, "password", "WEAK_PASSWORD");
  const password = input.password;
  const taken = () => badInput("An account with this email already exists.", "email", "EMAIL_TAKEN");
  if (await ctx.prisma.user.findUnique({ where: { email }, select: { id: true } })) throw taken();
  try {
    const user = await ctx.prisma.user.create({ data: { email, name, passwordHash: await hashPassword(password) } });
    return { token: await ctx.sessions.create(user.id), user };
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides, the loser hears the same answer.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw taken();
    throw error;
  }
}

export async function signIn(ctx: Context, input: { email: string; password: string }): Promise<{ token: string; user: User }> {
  const user = await ctx.prisma.user.findUnique({ where: { email: input.email.trim().toLowerCase() } });
  // One message for an unknown email and a wrong password: no account enumeration.
  if (!(await verifyPassword(user?.passwordHash, input.password)) || !user) {
    throw refuse("WRONG_CREDENTIALS", "Email or password is incorrect.");
  }
  return { token: await ctx.sessions.create(user.id), user };
}

export async function signOut(ctx: Context): Promise<boolean> {
  if (!ctx.sessionId) return false;
  // Evicted from every instance's session cache through the bus, this one at once.
  await ctx.sessions.revoke(ctx.sessionId);
  return true;
}
