import { useState } from "react";
import { useClient, useSubscription } from "urql";
import { ActivityAddedSubscription } from "../../graphql/activity";
import { BoardQuery, TaskChangedSubscription } from "../../graphql/tasks";

/**
 * Keeps the cache live. Results are applied by the graphcache updaters (cache.ts), not here.
 * `since` is fixed at first render; reconnects resume from the last applied version (client.ts).
 */
export function LiveUpdates({ workspaceId, since }: { workspaceId: string; since: number }) {
  const [start] = useState(since);
  useSubscription({ query: TaskChangedSubscription, variables: { workspaceId, since: start } });
  const client = useClient();
  useSubscription({ query: ActivityAddedSubscription, variables: { workspaceId, since: start } }, (_previous, data) => {
    // A label created, renamed, recoloured or deleted elsewhere: read the board's labels (and cards) again.
    if (data.activityAdded.action.startsWith("LABEL_"))
      void client.query(BoardQuery, { id: workspaceId }, { requestPolicy: "network-only" }).toPromise();
    return data;
  });
  return null;
}
