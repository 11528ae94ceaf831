import type { Context } from "../context.js";
import { badInput, conflict, notFound, unauthenticated } from "../errors.js";
import { type Checkpoint, Prisma } from "../generated/prisma/client.js";
import { commitChange } from "./changes.js";
import { operationPermission } from "./permissions.js";

export const CHECKPOINT_NAME_MAX = 100;

/**
 * Names a version of the workspace's log, as a git tag names a commit: `version` defaults to the head as it is
 * before this change (its own log entry comes after the state it names). Names are unique per workspace.
 */
export function createCheckpoint(ctx: Context, input: { workspaceId: string; name: string; version?: number | null }): Promise<Checkpoint> {
  const name = input.name.trim();
  return commitChange(ctx, input.workspaceId, operationPermission.createCheckpoint, async (tx, actor) => {
    const { version: head } = await tx.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: { version: true } });
    const version = input.version ?? head;
    if (!Number.isInteger(version) || version < 0 || version > head)
      throw badInput(`version must be between 0 and ${head}.`, "version", "OUT_OF_RANGE");
    const taken = await tx.checkpoint.findUnique({
      where: { workspaceId_name: { workspaceId: input.workspaceId, name } },
      select: { id: true },
    });
    if (taken) throw conflict("CHECKPOINT_NAME_TAKEN", `A checkpoint named "${name}" already exists in this workspace.`);
    let checkpoint: Checkpoint;
    try {
      checkpoint = await tx.checkpoint.create({ data: { workspaceId: input.workspaceId, name, version, createdById: actor.userId } });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw conflict("CHECKPOINT_NAME_TAKEN", `A checkpoint named "${name}" already exists in this workspace.`);
      }
      throw error;
    }
    return {
      result: checkpoint,
      events: [{ action: "CHECKPOINT_CREATED", entityType: "Checkpoint", entityId: checkpoint.id, metadata: { name, version } }],
    };
  });
}

/** Removes a name; the log it named is untouched. */
export async function deleteCheckpoint(ctx: Context, id: string): Promise<Checkpoint> {
  if (!ctx.user) throw unauthenticated();
  const known = await ctx.prisma.checkpoint.findUnique({ where: { id } });
  if (!known || !(await ctx.roleIn(known.workspaceId))) throw notFound("Checkpoint");
  return commitChange(ctx, known.workspaceId, operationPermission.deleteCheckpoint, async (tx) => {
    const checkpoint = await tx.checkpoint.findUnique({ where: { id } });
    if (!checkpoint) throw notFound("Checkpoint");
    await tx.checkpoint.delete({ where: { id } });
    return {
      result: checkpoint,
      events: [
        {
          action: "CHECKPOINT_DELETED",
          entityType: "Checkpoint",
          entityId: id,
          metadata: { name: checkpoint.name, version: checkpoint.version },
        },
      ],
    };
  });
}
