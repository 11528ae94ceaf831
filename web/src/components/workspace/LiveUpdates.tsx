import { useState } from "react";
import { useSubscription } from "urql";
import { ActivityAddedSubscription } from "../../graphql/activity";
import { TaskChangedSubscription } from "../../graphql/tasks";

/**
 * Keeps the cache live. Results are applied by the graphcache updaters (cache.ts), not here.
 * `since` is fixed at first render; reconnects resume from the last applied version (client.ts).
 */
export function LiveUpdates({ workspaceId, since }: { workspaceId: string; since: number }) {
  const [start] = useState(since);
  useSubscription({ query: TaskChangedSubscription, variables: { workspaceId, since: start } });
  useSubscription({ query: ActivityAddedSubscription, variables: { workspaceId, since: start } });
  return null;
}
