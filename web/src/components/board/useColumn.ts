import { useCallback, useMemo, useRef, useState } from "react";
import { createRequest, useClient, useQuery } from "urql";
import { nextCursor } from "../../client/cache/boardList";
import type { TaskStatus } from "../../gql/graphql";
import { BoardColumnPageQuery, BoardColumnQuery, COLUMN_FIRST, COLUMN_NEXT } from "../../graphql/boardPages";
import { type ColumnFilter, columnCards, type Task } from "./boardModel";

export interface ColumnData {
  /** The loaded cards, in the server's order (position). */
  tasks: Task[];
  /** The server's count of the column's cards (null until its first page arrives). */
  total: number | null;
  /** Cards past the loaded ones wait on the server. */
  hasMore: boolean;
  loadingMore: boolean;
  /** Asks for the next page (once at a time; nothing when the column is loaded to its end). */
  loadMore: () => void;
  /** Reads the first page again from the server (its count and cards). */
  refresh: () => void;
}

/**
 * One column of a board (a status), loaded on its own: its first page at once, the next when `loadMore` is
 * called (the column calls it as its list is scrolled near the end of what is loaded). The cache joins the
 * pages (cache/boardList.ts) and keeps them and the count right under live events. With a filter the server
 * pages and counts only the matching cards, so a filtered column fills from its first page.
 */
export function useColumn(workspaceId: string, boardId: string | null, status: TaskStatus, filter: ColumnFilter = {}): ColumnData {
  const client = useClient();
  const variables = useMemo(
    () => ({ id: workspaceId, boardId: boardId ?? "", status, first: COLUMN_FIRST, ...filter }),
    [workspaceId, boardId, status, filter],
  );
  const [result, reexecute] = useQuery({ query: BoardColumnQuery, variables, pause: !boardId });
  // While another filter's cards are still shown, they are not this column: no count, and no paging on from them.
  const key = useMemo(() => createRequest(BoardColumnQuery, variables).key, [variables]);
  const connection = result.operation?.key === key ? result.data?.workspace?.tasks : undefined;
  const tasks = useMemo(() => columnCards(connection?.edges.map((e) => e.node) ?? [], status, boardId), [connection, status, boardId]);
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  const [loadingMore, setLoadingMore] = useState(false);
  const asked = useRef<string | null>(null);
  const latest = useRef({ connection, hasMore, filter });
  latest.current = { connection, hasMore, filter };

  const loadMore = useCallback(() => {
    const { connection: now, hasMore: more, filter: filterNow } = latest.current;
    if (!boardId || !now || !more) return;
    // Paging goes on from a card still in this column: the server reads the cursor card's current place.
    const after = nextCursor(now.edges.filter((e) => !e.node.deleted && e.node.status === status && e.node.board.id === boardId));
    // The same cursor twice would ask for the same page again: only a new last card moves paging on.
    if (!after || after === asked.current) return;
    asked.current = after;
    setLoadingMore(true);
    void client
      .query(
        BoardColumnPageQuery,
        { id: workspaceId, boardId, status, first: COLUMN_NEXT, after, ...filterNow },
        { requestPolicy: "network-only" },
      )
      .toPromise()
      .then((r) => {
        if (r.error) asked.current = null; // let the next scroll try again
      })
      .finally(() => setLoadingMore(false));
  }, [client, workspaceId, boardId, status]);

  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  return { tasks, total: connection?.totalCount ?? null, hasMore, loadingMore, loadMore, refresh };
}
