import type { Cache } from "@urql/exchange-graphcache";
import { ActivityEdgeFragment, WorkspaceVersionFragment } from "../../graphql/edges";
import { noteVersion } from "../versions";
import { cachedEdges, entity } from "./entity";

/** The activity feed's arguments: they name its cached list. */
export const ACTIVITY_ARGS = { first: 40 };
const KEEP = 100;

/** Puts a new log entry on top of the cached activity feed (a replay after reconnect may repeat one). */
export function prependActivity(cache: Cache, workspaceId: string, activityId: string) {
  const feed = cachedEdges(cache, workspaceId, "activity", ACTIVITY_ARGS);
  if (!feed) return;
  const edgeKey = `WorkspaceActivityConnectionEdge:${activityId}`;
  if (feed.edges.includes(edgeKey)) return;
  cache.writeFragment(
    ActivityEdgeFragment,
    entity({ __typename: "WorkspaceActivityConnectionEdge", cursor: activityId, node: { __typename: "Activity", id: activityId } }),
  );
  cache.link(feed.list, "edges", [edgeKey, ...feed.edges].slice(0, KEEP));
}

/** Records the newest log version a subscription has applied (for `since` on reconnect) and on the workspace. */
export function noteWorkspaceVersion(cache: Cache, field: string, workspaceId: string, version: number) {
  noteVersion(field, workspaceId, version);
  const current = cache.resolve({ __typename: "Workspace", id: workspaceId }, "version") as number | null;
  if (current == null || version > current) {
    cache.writeFragment(WorkspaceVersionFragment, entity({ __typename: "Workspace", id: workspaceId, version }));
  }
}
