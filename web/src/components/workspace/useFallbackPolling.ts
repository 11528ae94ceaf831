import { useContext, useEffect, useRef } from "react";
import { useClient } from "urql";
import { afterPoll, StatusContext, useConnectionStatus } from "../../client/connection";
import { ActivityQuery } from "../../graphql/activity";
import { BoardQuery, WorkspaceEventsQuery } from "../../graphql/tasks";

export const POLL_MS = 5000;
const PAGE = 100;

/**
 * While the WebSocket is down, asks every 5 s for the workspace's events after the last version applied here.
 * Only when there are some does it refetch the board and activity (network-only), then moves the mark on.
 * When the socket is back, refetches once: the subscriptions resume with `since` (client.ts) as before.
 */
export function useFallbackPolling(workspaceId: string, version: number) {
  const status = useConnectionStatus();
  const store = useContext(StatusContext);
  const client = useClient();
  const applied = useRef(version);
  if (version > applied.current) applied.current = version; // live updates and refetches move it too
  const wasDown = useRef(false);
  const down = status === "polling" || status === "reconnecting" || status === "offline";

  useEffect(() => {
    const refetch = () =>
      Promise.all([
        client.query(BoardQuery, { id: workspaceId }, { requestPolicy: "network-only" }).toPromise(),
        client.query(ActivityQuery, { id: workspaceId }, { requestPolicy: "network-only" }).toPromise(),
      ]);
    if (down) {
      wasDown.current = true;
      let busy = false;
      const poll = async () => {
        if (busy) return;
        busy = true;
        try {
          let since = applied.current;
          let newest = since;
          for (let more = true; more; ) {
            const r = await client
              .query(WorkspaceEventsQuery, { id: workspaceId, since, first: PAGE }, { requestPolicy: "network-only" })
              .toPromise();
            const page = r.data?.workspace?.events;
            store.set(afterPoll(store.get(), !r.error?.networkError));
            if (!page) return; // offline or gone: try again next tick
            const last = page.events.at(-1)?.version;
            if (last !== undefined) newest = since = last;
            more = page.hasMore && last !== undefined;
          }
          if (newest > applied.current) {
            await refetch();
            applied.current = Math.max(applied.current, newest);
          }
        } finally {
          busy = false;
        }
      };
      const timer = setInterval(poll, POLL_MS);
      return () => clearInterval(timer);
    }
    if (status === "live" && wasDown.current) {
      wasDown.current = false;
      void refetch();
    }
  }, [down, status, client, workspaceId, store]);
}
