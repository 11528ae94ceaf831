import { hashToken, newToken } from "../auth/tokens.js";
import type { Context } from "../context.js";
import { badInput, conflict, forbidden, notFound, unauthenticated } from "../errors.js";
import type { Invitation, Role } from "../generated/prisma/client.js";
import { commitChange, type Tx } from "./changes.js";
import { canManageRole, operationPermission } from "./permissions.js";
import { email as validEmail } from "./validate.js";

/** An invitation with the link just issued for it: the only moment the link exists outside the invitee's inbox. */
export interface IssuedInvitation {
  invitation: Invitation;
  inviteUrl: string;
  /** Whether the link went out by email (SMTP_URL), rather than only to the log and the inviter. */
  emailSent: boolean;
}

// Anything longer is not one of ours: answer NOT_FOUND without hashing megabytes.
const plausibleToken = (token: string) => token.length > 0 && token.length <= 100;

/** Invites an email (account or not) with a role, or re-invites it; either way a new link replaces any earlier one. */
export async function inviteMember(ctx: Context, input: { workspaceId: string; email: string; role: Role }): Promise<IssuedInvitation> {
  const email = validEmail(input.email);
  const token = newToken("tgi");
  const invitation = await commitChange(ctx, input.workspaceId, operationPermission.inviteMember, async (tx, actor) => {
    if (!canManageRole(actor.role!, input.role)) throw forbidden(`An ${actor.role} cannot invite an ${input.role}.`, "ROLE_OUT_OF_REACH");
    const existing = await tx.membership.findFirst({ where: { workspaceId: input.workspaceId, user: { email } } });
    if (existing) throw conflict("ALREADY_MEMBER", `${email} is already a member of this workspace.`);
    const link = { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + ctx.invites.ttlMs) };
    // Inviting again updates the pending invitation rather than stacking a second one.
    const pending = await tx.invitation.findFirst({ where: { workspaceId: input.workspaceId, email, status: "PENDING" } });
    const invitation = pending
      ? await tx.invitation.update({ where: { id: pending.id }, data: { role: input.role, invitedById: actor.userId, ...link } })
      : await tx.invitation.create({
          data: { workspaceId: input.workspaceId, email, role: input.role, invitedById: actor.userId, ...link },
        });
    return {
      result: invitation,
      events: [{ action: "MEMBER_INVITED", entityType: "Invitation", entityId: invitation.id, metadata: { email, role: input.role } }],
    };
  });
  return deliver(ctx, invitation, token);
}

/** A new link for a pending invitation (expired ones included): the old link stops working, the clock restarts. */
export async function resendInvitation(ctx: Context, invitationId: string): Promise<IssuedInvitation> {
  const found = await managedInvitation(ctx, invitationId);
  const token = newToken("tgi");
  const invitation = await commitChange(ctx, found.workspaceId, operationPermission.resendInvitation, async (tx, actor) => {
    const current = await assertManageable(tx, invitationId, actor.role!);
    const updated = await tx.invitation.update({
      where: { id: invitationId },
      data: { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + ctx.invites.ttlMs), invitedById: actor.userId },
    });
    return {
      result: updated,
      events: [
        {
          action: "MEMBER_INVITED",
          entityType: "Invitation",
          entityId: invitationId,
          metadata: { email: current.email, role: current.role, resent: true },
        },
      ],
    };
  });
  return deliver(ctx, invitation, token);
}

/** Withdraws a pending invitation; its link then answers CONFLICT (reason REVOKED). */
export async function revokeInvitation(ctx: Context, invitationId: string): Promise<Invitation> {
  const found = await managedInvitation(ctx, invitationId);
  return commitChange(ctx, found.workspaceId, operationPermission.revokeInvitation, async (tx, actor) => {
    const current = await assertManageable(tx, invitationId, actor.role!);
    const revoked = await tx.invitation.update({ where: { id: invitationId }, data: { status: "REVOKED", respondedAt: new Date() } });
    return {
      result: revoked,
      events: [
        {
          action: "INVITATION_REVOKED",
          entityType: "Invitation",
          entityId: invitationId,
          metadata: { email: current.email, role: current.role },
        },
      ],
    };
  });
}

/** Joins the workspace with the invited role. The link's token is the proof: an email address alone is not. */
export async function acceptInvitation(ctx: Context, token: string): Promise<Invitation> {
  if (!ctx.user) throw unauthenticated();
  const user = ctx.user;
  const found = await byToken(ctx, token);
  return commitChange(ctx, found.workspaceId, null, async (tx) => {
    // Under the workspace lock: a resend or revoke that got there first wins.
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: found.id } });
    if (invitation.tokenHash !== found.tokenHash) throw notFound("Invitation");
    assertOpen(invitation);
    const member = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId: user.id } },
    });
    if (member) throw conflict("ALREADY_MEMBER", "You are already a member of this workspace.");
    await tx.membership.create({ data: { workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role } });
    const now = new Date();
    const accepted = await tx.invitation.update({
      where: { id: invitation.id },
      data: { status: "ACCEPTED", acceptedAt: now, respondedAt: now },
    });
    return {
      result: accepted,
      events: [
        {
          action: "MEMBER_JOINED",
          entityType: "Member",
          entityId: user.id,
          metadata: { role: invitation.role, invitationId: invitation.id },
        },
      ],
    };
  });
}

/** The invitee says no: by the link's token, or by the id of an invitation addressed to their own email. */
export async function declineInvitation(ctx: Context, input: { invitationId?: string | null; token?: string | null }): Promise<Invitation> {
  if (!ctx.user) throw unauthenticated();
  if ((input.invitationId == null) === (input.token == null)) throw badInput("Give either invitationId or token.", "invitationId");
  const found =
    input.token != null
      ? await byToken(ctx, input.token)
      : await ctx.prisma.invitation.findFirst({ where: { id: input.invitationId!, email: ctx.user.email } });
  // Someone else's invitation is indistinguishable from none at all.
  if (!found) throw notFound("Invitation");
  return commitChange(ctx, found.workspaceId, null, async (tx) => {
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: found.id } });
    if (invitation.tokenHash !== found.tokenHash) throw notFound("Invitation");
    assertOpen(invitation);
    const declined = await tx.invitation.update({ where: { id: invitation.id }, data: { status: "DECLINED", respondedAt: new Date() } });
    return {
      result: declined,
      events: [
        {
          action: "INVITATION_DECLINED",
          entityType: "Invitation",
          entityId: invitation.id,
          metadata: { email: invitation.email, role: invitation.role },
        },
      ],
    };
  });
}

/** What an invite link leads to, for the page that asks "join?": null for a token that is not one. */
export function invitationWhere(token: string) {
  return plausibleToken(token) ? { tokenHash: hashToken(token) } : null;
}

async function byToken(ctx: Context, token: string): Promise<Invitation> {
  const where = invitationWhere(token);
  const found = where && (await ctx.prisma.invitation.findUnique({ where }));
  if (!found) throw notFound("Invitation");
  return found;
}

/** An invitation in a workspace the caller belongs to; otherwise NOT_FOUND, never a hint that it exists. */
async function managedInvitation(ctx: Context, invitationId: string): Promise<Invitation> {
  if (!ctx.user) throw unauthenticated();
  const found = await ctx.prisma.invitation.findFirst({
    where: { id: invitationId, workspace: { memberships: { some: { userId: ctx.user.id } } } },
  });
  if (!found) throw notFound("Invitation");
  return found;
}

async function assertManageable(tx: Tx, invitationId: string, actorRole: Role): Promise<Invitation> {
  const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId } });
  if (!canManageRole(actorRole, invitation.role))
    throw forbidden(`An ${actorRole} can only manage invitations below ${actorRole}.`, "ROLE_OUT_OF_REACH");
  if (invitation.status !== "PENDING") throw stateConflict(invitation.status);
  return invitation;
}

/** Only a pending, unexpired invitation can be answered; every other state is a CONFLICT naming it in extensions.reason. */
function assertOpen(invitation: Invitation) {
  if (invitation.status !== "PENDING") throw stateConflict(invitation.status);
  if (invitation.expiresAt <= new Date()) {
    throw conflict("EXPIRED", "This invite link has expired: ask the workspace for a new one.");
  }
}

function stateConflict(status: Invitation["status"]) {
  const messages = {
    ACCEPTED: "This invitation was already accepted.",
    REVOKED: "This invitation was withdrawn: ask the workspace for a new one.",
    DECLINED: "This invitation was declined.",
    PENDING: "This invitation is still pending.",
  } as const;
  return conflict(status, messages[status]);
}

async function deliver(ctx: Context, invitation: Invitation, token: string): Promise<IssuedInvitation> {
  const inviteUrl = ctx.invites.linkFor(token);
  const details = await ctx.prisma.invitation.findUniqueOrThrow({
    where: { id: invitation.id },
    select: { workspace: { select: { name: true } }, invitedBy: { select: { name: true } } },
  });
  const emailSent = await ctx.invites.deliver({
    invitationId: invitation.id,
    to: invitation.email,
    workspaceName: details.workspace.name,
    inviterName: details.invitedBy.name,
    role: invitation.role,
    link: inviteUrl,
    expiresAt: invitation.expiresAt,
  });
  return { invitation, inviteUrl, emailSent };
}
