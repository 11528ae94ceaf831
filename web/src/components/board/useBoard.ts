import { can } from "@taskgraph/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useClient, useMutation, useQuery } from "urql";
import { useConnectionStatus } from "../../client/connection";
import { describeError } from "../../client/errors";
import { newMutationId } from "../../client/mutationId";
import { MoveTaskMutation, TaskHistoryQuery, TaskQuery } from "../../graphql/tasks";
import { STATUSES } from "../../model/displayNames";
import { useEditingPresence } from "../presence/Presence";
import { useToast } from "../shared/Toasts";
import { type Conflict, conflictCurrent } from "../task/conflict";
import {
  type BoardWorkspace,
  type ColumnFilter,
  type Columns,
  columnFilter,
  dropTarget,
  type Filters,
  filtersFromUrl,
  filtersToSearch,
  isNoop,
  matches,
  NO_FILTERS,
} from "./boardModel";
import { type ColumnData, useColumn } from "./useColumn";
import { useUndoRedo } from "./useUndoRedo";

export type BoardView = "all" | "mine";

/**
 * The board's data and what can be done to it: columns by status (each loaded a page at a time), the filters ("My tasks" pins the
 * assignee), the card being dragged or opened, moves (a conflicting one is undone and refetched), undo/redo
 * keys and the editing presence of the open card.
 */
export function useBoard(workspace: BoardWorkspace, boardId: string | null, view: BoardView, me: { id: string } | null) {
  const [filters, setFilterState] = useState<Filters>(() => filtersFromUrl(location.search));
  // ?task=<id> opens a card: the command palette jumps here, and the link can be shared.
  const [openId, setOpenState] = useState<string | null>(() => new URLSearchParams(location.search).get("task"));
  useEffect(() => {
    const onPop = () => {
      setOpenState(new URLSearchParams(location.search).get("task"));
      setFilterState(filtersFromUrl(location.search));
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const setFilters = (f: Filters) => {
    setFilterState(f);
    history.replaceState(history.state, "", `${location.pathname}${filtersToSearch(f, location.search)}`);
  };
  const setOpenId = (id: string | null) => {
    setOpenState(id);
    const q = new URLSearchParams(location.search);
    if (id) q.set("task", id);
    else q.delete("task");
    const text = q.toString();
    history.replaceState(history.state, "", `${location.pathname}${text ? `?${text}` : ""}`);
  };
  const [dragId, setDragId] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [, moveTask] = useMutation(MoveTaskMutation);
  const client = useClient();
  const toast = useToast();
  const canWrite = can(workspace.myRole, "writeTasks");
  useUndoRedo(workspace.id, canWrite);
  useEditingPresence(workspace.id, openId);
  const effective: Filters = view === "mine" ? { ...filters, assignee: me?.id ?? "none" } : filters;
  // The columns ask the server for the matching cards only (a new object only when the filters or the day change).
  const filterKey = JSON.stringify(columnFilter(effective));
  const serverFilter = useMemo(() => JSON.parse(filterKey) as ColumnFilter, [filterKey]);
  const todo = useColumn(workspace.id, boardId, "TODO", serverFilter);
  const inProgress = useColumn(workspace.id, boardId, "IN_PROGRESS", serverFilter);
  const blocked = useColumn(workspace.id, boardId, "BLOCKED", serverFilter);
  const done = useColumn(workspace.id, boardId, "DONE", serverFilter);
  const pages: Record<keyof Columns, ColumnData> = { TODO: todo, IN_PROGRESS: inProgress, BLOCKED: blocked, DONE: done };
  const columns: Columns = useMemo(
    () => ({ TODO: todo.tasks, IN_PROGRESS: inProgress.tasks, BLOCKED: blocked.tasks, DONE: done.tasks }),
    [todo.tasks, inProgress.tasks, blocked.tasks, done.tasks],
  );
  useRefreshWhileDown(workspace.version, Object.values(pages));
  const all = STATUSES.flatMap((s) => columns[s]);
  const loadedOpen = all.find((t) => t.id === openId);
  // ?task=<id> may name a card further down its column than is loaded: read that one card.
  const [single] = useQuery({ query: TaskQuery, variables: { id: openId ?? "" }, pause: !openId || !!loadedOpen });
  const fetchedOpen = single.data?.node && "title" in single.data.node && !single.data.node.deleted ? single.data.node : undefined;

  async function move(taskId: string, overId: string) {
    const target = dropTarget(columns, taskId, overId);
    if (!target || isNoop(columns, taskId, target)) return;
    const task = all.find((t) => t.id === taskId);
    const r = await moveTask({ input: { id: taskId, ...target, expectedVersion: task?.version, clientMutationId: newMutationId() } });
    if (conflictCurrent(r.error)) {
      // The optimistic move is already rolled back; make sure the card shows their change even without a live update.
      toast(
        `Someone else changed “${task?.title ?? "that task"}” just before your move, so the move was undone. Try again if it still applies.`,
      );
      void client.query(TaskHistoryQuery, { id: taskId }, { requestPolicy: "network-only" }).toPromise();
    } else if (r.error) toast(`Move undone. ${describeError(r.error)}`);
  }

  return {
    canWrite,
    columns,
    pages,
    filtered: JSON.stringify(effective) !== JSON.stringify(NO_FILTERS),
    all,
    filters: effective,
    setFilters,
    isShown: (t: (typeof all)[number]) => matches(t, effective),
    dragged: all.find((t) => t.id === dragId),
    setDragId,
    open: loadedOpen ?? (fetchedOpen?.id === openId ? fetchedOpen : undefined),
    setOpenId,
    conflict,
    setConflict,
    move,
  };
}

/**
 * Live events keep the loaded columns right. While the socket is down, the fallback poll refetches the workspace
 * when the log moves on (useFallbackPolling): then read each column's first page (and count) again too; and once
 * more when the socket is back, so counts moved by the replayed events meet the server's.
 */
function useRefreshWhileDown(version: number, columns: ColumnData[]) {
  const status = useConnectionStatus();
  const down = status === "polling" || status === "reconnecting" || status === "offline";
  const latest = useRef(columns);
  latest.current = columns;
  const wasDown = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new log version seen by the poll is the trigger to read the columns again
  useEffect(() => {
    if (down) {
      wasDown.current = true;
      for (const c of latest.current) c.refresh();
    }
  }, [down, version]);
  useEffect(() => {
    if (down || !wasDown.current) return;
    wasDown.current = false;
    const timer = setTimeout(() => {
      for (const c of latest.current) c.refresh();
    }, 1000);
    return () => clearTimeout(timer);
  }, [down]);
}
