import { Repeater } from "graphql-yoga";
import type { Context } from "../context.js";
import { toWorkspaceEvent } from "../domain/changes.js";
import type { Event, Role } from "../generated/prisma/client.js";
import { workspaceAudience } from "./audience.js";
import { rememberRow } from "./event-state.js";
import { roleAfter } from "./membership.js";
import type { WorkspaceEvent } from "./pubsub.js";
import { memberRole, membersChanged } from "./roles.js";
import { shareResults } from "./shared-execution.js";

const PAGE = 500;

/**
 * A workspace's events for one subscriber: in version order, each exactly once. It listens to the bus
 * before it reads the log, so nothing falls between the two; a version that arrives early (publishes race
 * after commit, or a bus dropped one) is preceded by what the log holds before it. It ends as soon as the
 * subscriber stops being a member, and delivers nothing from then on.
 */
export function workspaceStream(
  ctx: Context,
  workspaceId: string,
  since: number | null,
  /** Which events this subscriber wants; the others still advance its position in the log. */
  keep: (event: WorkspaceEvent) => boolean = () => true,
  /** The subscriber's role when the subscription was authorized. */
  authorizedRole?: Role | null,
): AsyncIterable<WorkspaceEvent> {
  const userId = ctx.user!.id;
  return new Repeater<WorkspaceEvent>(async (push, stop) => {
    const live = ctx.bus.subscribe(workspaceId);
    stop.then(() => live.return?.());
    const [head, initialRole] = await Promise.all([
      ctx.bus.head(
        workspaceId,
        async () => (await ctx.prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { version: true } })).version,
      ),
      authorizedRole ?? memberRole(ctx.prisma, workspaceId, userId, false),
    ]);
    let role = initialRole;
    // Results are shared with the subscribers of the same operation and role; the role is kept current.
    shareResults(
      ctx,
      workspaceAudience(userId, () => role),
    );
    let last = since ?? head;

    const deliver = async (event: WorkspaceEvent): Promise<boolean> => {
      last = event.version;
      if (event.entityType === "Member") membersChanged(workspaceId);
      role = await roleAfter(ctx, workspaceId, event, role);
      if (!role) {
        stop();
        return false;
      }
      if (keep(event)) await push(event);
      return true;
    };
    const catchUpTo = async (before: number): Promise<boolean> => {
      while (last < before - 1) {
        const rows = await ctx.prisma.event.findMany({
          where: { workspaceId, version: { gt: last, lt: before } },
          orderBy: { version: "asc" },
          take: PAGE,
        });
        if (rows.length === 0) return true;
        for (const row of rows) if (!(await deliver(fromLog(row)))) return false;
      }
      return true;
    };

    if (!(await catchUpTo(head + 1))) return;
    for await (const event of live) {
      if (event.version <= last) continue;
      if (!(await catchUpTo(event.version))) return;
      if (!(await deliver(event))) return;
    }
  });
}

/** A replayed event keeps the row it came from, so resolving it reads nothing more. */
function fromLog(row: Event): WorkspaceEvent {
  const event = toWorkspaceEvent(row);
  rememberRow(event, row);
  return event;
}
