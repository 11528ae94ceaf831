import type { Context } from "../context.js";
import { toWorkspaceEvent } from "../domain/changes.js";
import type { Event, Role } from "../generated/prisma/client.js";
import { workspaceAudience } from "./audience.js";
import { rememberRow } from "./event-state.js";
import type { Lane, LaneOffer } from "./hub.js";
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
): AsyncIterableIterator<WorkspaceEvent> {
  const userId = ctx.user!.id;
  // Opened on the first next(), so a stream never read holds no bus subscription.
  let live: AsyncIterator<WorkspaceEvent> | null = null;
  // Whoever reads this stream, if it can take an event synchronously (PromptlyEnded.offerLane).
  let reader: Lane<WorkspaceEvent> | undefined;
  const events = (async function* () {
    const feed = ctx.bus.subscribe(workspaceId);
    live = feed;
    try {
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
      /** Whether the stream ends at this event: a Member event reads the role again (a removal ends it). */
      const endsAt = async (event: WorkspaceEvent): Promise<boolean> => {
        if (event.entityType === "Member") {
          membersChanged(workspaceId);
          role = await roleAfter(ctx, workspaceId, event, role);
        }
        return role === null;
      };
      // Most events are no Member event and find the role in place: checked inline, with no promise to wait
      // for (each event meets thousands of subscribers).
      const mayEnd = (event: WorkspaceEvent) => event.entityType === "Member" || role === null;

      /** The log's events after `last` and before `before`, in version order, a page at a time. */
      const logUpTo = async function* (before: number) {
        for (let after = last; after < before - 1; ) {
          const rows = await ctx.prisma.event.findMany({
            where: { workspaceId, version: { gt: after, lt: before } },
            orderBy: { version: "asc" },
            take: PAGE,
          });
          if (rows.length === 0) return;
          for (const row of rows) yield fromLog(row);
          after = rows.at(-1)!.version;
        }
      };

      for await (const event of logUpTo(head + 1)) {
        last = event.version;
        if (mayEnd(event) && (await endsAt(event))) return;
        if (keep(event)) yield event;
      }
      // Live from here: an event that follows `last` with nothing to wait for (no gap, no Member event) is
      // taken at once by whoever reads this stream, if it can (hub.ts Lane); else it comes through the loop.
      feed.lane = {
        prepare: (event) => (event.version === last + 1 && !mayEnd(event) && keep(event) ? reader?.prepare(event) : undefined),
        deliver: (event) => {
          if (event.version !== last + 1 || mayEnd(event)) return false;
          if (keep(event) && !reader?.deliver(event)) return false;
          last = event.version;
          return true;
        },
      };
      for await (const event of feed) {
        if (event.version <= last) continue;
        // A version that arrives early is preceded by what the log holds before it.
        for await (const missed of logUpTo(event.version)) {
          last = missed.version;
          if (mayEnd(missed) && (await endsAt(missed))) return;
          if (keep(missed)) yield missed;
        }
        last = event.version;
        if (mayEnd(event) && (await endsAt(event))) return;
        if (keep(event)) yield event;
      }
    } finally {
      await feed.return?.();
    }
  })();
  return new PromptlyEnded(
    events,
    () => live,
    (lane) => {
      reader = lane;
    },
  );
}

/**
 * A generator whose return() does not wait for the event it is waiting on: it ends the bus feed first, so
 * the generator finishes (its finally runs) and then answers. A class: thousands live at once.
 */
class PromptlyEnded<T> implements AsyncIterableIterator<T>, LaneOffer<T> {
  constructor(
    private readonly events: AsyncGenerator<T>,
    private readonly feed: () => AsyncIterator<unknown> | null,
    /** Lets the reader take live events synchronously (hub.ts Lane). */
    readonly offerLane: (lane: Lane<T>) => void,
  ) {}

  next(): Promise<IteratorResult<T>> {
    return this.events.next();
  }

  async return(): Promise<IteratorResult<T>> {
    await this.feed()?.return?.();
    return this.events.return(undefined);
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    return this.events.throw(error);
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/** A replayed event keeps the row it came from, so resolving it reads nothing more. */
function fromLog(row: Event): WorkspaceEvent {
  const event = toWorkspaceEvent(row);
  rememberRow(event, row);
  return event;
}
