import { Repeater } from "graphql-yoga";
import type { Context } from "../context.js";
import { logger } from "../logger.js";
import { roleAfter } from "./membership.js";
import type { PresenceChange } from "./presence.js";

/**
 * The subscriber is a viewer of the workspace for exactly as long as this stream is open: closing the
 * subscription or its socket (graphql-ws returns every iterator on close) leaves at once. It ends when
 * the subscriber stops being a member, like the log streams.
 */
export function presenceStream(ctx: Context, workspaceId: string): AsyncIterable<PresenceChange> {
  const userId = ctx.user!.id;
  const registry = ctx.presence;
  return new Repeater<PresenceChange>(async (push, stop) => {
    const log = ctx.bus.subscribe(workspaceId);
    const connection = registry.connect(workspaceId, userId, (change) => void push(change));
    void push({
      kind: "SNAPSHOT",
      workspaceId,
      userId,
      taskId: connection.snapshot.find((e) => e.userId === userId)?.taskId ?? null,
      viewers: connection.snapshot,
    });
    const watchMembership = (async () => {
      for await (const event of log) {
        if (!(await roleAfter(ctx, workspaceId, event, "VIEWER"))) {
          stop();
          return;
        }
      }
    })().catch((err: unknown) => {
      logger.error({ err }, "presence membership watch failed");
      stop();
    });
    await stop;
    connection.close();
    await log.return?.();
    await watchMembership;
  });
}
