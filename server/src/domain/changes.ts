import type { Context } from "../context.js";
import type { Prisma, Role } from "../generated/prisma/client.js";
import { badInput, conflict, forbidden, notFound, unauthenticated } from "../errors.js";
import type { WorkspaceEvent } from "../realtime/pubsub.js";
import { snapshotIfDue } from "./history.js";
import { can, type Permission } from "./permissions.js";

export type Tx = Prisma.TransactionClient;

export type Action =
  | "WORKSPACE_CREATED"
  | "WORKSPACE_RENAMED"
  | "MEMBER_INVITED"
  | "INVITATION_REVOKED"
  | "INVITATION_DECLINED"
  | "MEMBER_JOINED"
  | "MEMBER_ROLE_CHANGED"
  | "MEMBER_REMOVED"
  | "TASK_CREATED"
  | "TASK_UPDATED"
  | "TASK_MOVED"
  | "TASK_DELETED"
  | "TASK_RESTORED";

export interface EventDraft {
  action: Action;
  entityType: "Workspace" | "Member" | "Invitation" | "Task";
  entityId: string;
  metadata?: Prisma.InputJsonValue;
  clientMutationId?: string;
  /** The actor's own task change, which they may undo (undo and redo themselves are not). */
  undoable?: boolean;
}

export interface Outcome<T> {
  result: T;
  events: EventDraft[];
}

/** A client-generated id that makes a retried mutation return its first result instead of writing again. */
export interface Idempotency<T> {
  clientMutationId: string | null | undefined;
  /** The first attempt's result, from the event it logged. */
  replay: (tx: Tx, event: { entityId: string }) => Promise<T>;
}

export interface Actor {
  userId: string;
  role: Role | null;
}

// Writers to one workspace queue on its row lock; give them room before Prisma gives up on them.
const txOptions = { maxWait: 15_000, timeout: 15_000 } as const;

/**
 * The single write path. Inside one transaction it locks the workspace (so log versions are gap-free under
 * concurrent writers), re-checks the caller's role under that lock, runs the change, and appends one log
 * event per draft. Subscribers hear about it only after the commit.
 */
export async function commitChange<T>(
  ctx: Context,
  workspaceId: string,
  permission: Permission | null,
  change: (tx: Tx, actor: Actor) => Promise<Outcome<T>>,
  idempotency?: Idempotency<T>,
): Promise<T> {
  const userId = ctx.user?.id;
  if (!userId) throw unauthenticated();
  const clientMutationId = idempotency?.clientMutationId ?? null;
  if (clientMutationId !== null && (clientMutationId.length === 0 || clientMutationId.length > 100)) {
    throw badInput("clientMutationId must be 1 to 100 characters.", "clientMutationId");
  }
  const { result, events } = await ctx.prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
    if (locked.length === 0) throw notFound("Workspace");
    const membership = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId, userId } },
      select: { role: true },
    });
    if (permission) {
      if (!membership) throw notFound("Workspace");
      if (!can(membership.role, permission)) throw forbidden();
    }
    if (idempotency && clientMutationId !== null) {
      // Under the workspace lock, so a retry racing its original waits and then finds it.
      const earlier = await tx.event.findUnique({ where: { workspaceId_clientMutationId: { workspaceId, clientMutationId } } });
      if (earlier) {
        if (earlier.actorId !== userId) throw conflict("This clientMutationId was already used by someone else.");
        return { result: await idempotency.replay(tx, earlier), events: [] };
      }
    }
    const outcome = await change(tx, { userId, role: membership?.role ?? null });
    // The id marks the change the client asked for: its undoable event, or the only one.
    const primary = Math.max(0, outcome.events.findIndex((d) => d.undoable));
    const drafts = outcome.events.map((d, i) => (i === primary && clientMutationId !== null ? { ...d, clientMutationId } : d));
    return { result: outcome.result, events: await appendEvents(tx, workspaceId, userId, drafts) };
  }, txOptions);
  publishAll(ctx, events);
  return result;
}

/** For changes that create their workspace: same log and publish rules, no workspace to lock yet. */
export async function commitNewWorkspace<T>(
  ctx: Context,
  change: (tx: Tx, userId: string) => Promise<Outcome<T> & { workspaceId: string }>,
): Promise<T> {
  const userId = ctx.user?.id;
  if (!userId) throw unauthenticated();
  const { result, events } = await ctx.prisma.$transaction(async (tx) => {
    const outcome = await change(tx, userId);
    return { result: outcome.result, events: await appendEvents(tx, outcome.workspaceId, userId, outcome.events) };
  }, txOptions);
  publishAll(ctx, events);
  return result;
}

async function appendEvents(tx: Tx, workspaceId: string, actorId: string, drafts: EventDraft[]): Promise<WorkspaceEvent[]> {
  if (drafts.length === 0) return [];
  const { version } = await tx.workspace.update({
    where: { id: workspaceId },
    data: { version: { increment: drafts.length } },
    select: { version: true },
  });
  const first = version - drafts.length + 1;
  const rows = await tx.event.createManyAndReturn({
    // createManyAndReturn keeps input order, which the undo entries below rely on.
    data: drafts.map((d, i) => ({
      workspaceId,
      version: first + i,
      action: d.action,
      actorId,
      entityType: d.entityType,
      entityId: d.entityId,
      metadata: d.metadata ?? {},
      clientMutationId: d.clientMutationId ?? null,
    })),
  });
  const undoable = rows.filter((_, i) => drafts[i].undoable);
  if (undoable.length) {
    // A new change of one's own starts a new branch: what was undone can no longer be redone.
    await tx.undoEntry.deleteMany({ where: { workspaceId, userId: actorId, state: "UNDONE" } });
    await tx.undoEntry.createMany({
      data: undoable.map((row) => ({ eventId: row.id, workspaceId, userId: actorId, version: row.version })),
    });
  }
  await snapshotIfDue(tx, workspaceId, first, version);
  return rows.map(toWorkspaceEvent);
}

/** A log row as it travels on the bus: just the fields subscribers route on, dates as ISO strings. */
export function toWorkspaceEvent(row: Omit<WorkspaceEvent, "createdAt"> & { createdAt: Date }): WorkspaceEvent {
  const { id, workspaceId, version, action, entityType, entityId, actorId } = row;
  return { id, workspaceId, version, action, entityType, entityId, actorId, createdAt: row.createdAt.toISOString() };
}

function publishAll(ctx: Context, events: WorkspaceEvent[]) {
  for (const event of events.sort((a, b) => a.version - b.version)) ctx.bus.publish(event);
}
