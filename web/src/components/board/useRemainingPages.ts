import { useEffect } from "react";
import { useClient } from "urql";
import { BoardPageQuery } from "../../graphql/boardPages";

/**
 * Loads the board's tasks after its first page, 400 at a time (what the server's query cost limit allows), in the background: the first page paints at
 * once and the cache joins each page to the board's one list (relayPagination), which live updates keep whole.
 * Answers whether pages are still coming, so counts can say so.
 */
export function useRemainingPages(workspaceId: string, pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined) {
  const client = useClient();
  const after = pageInfo?.hasNextPage && pageInfo.endCursor ? pageInfo.endCursor : null;
  useEffect(() => {
    if (after) void client.query(BoardPageQuery, { id: workspaceId, after }, { requestPolicy: "network-only" }).toPromise();
  }, [client, workspaceId, after]);
  return after !== null;
}
