import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { FieldNode, OperationDefinitionNode } from "graphql";
import { Client, type Exchange, makeResult, type Operation, Provider } from "urql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { filter, fromPromise, fromValue, makeSubject, map, mergeMap, pipe } from "wonka";
import { cache } from "../src/client/cache";
import { createStatusStore, StatusContext } from "../src/client/connection";
import { ToastProvider } from "../src/components/shared/Toasts";
import { WorkspaceView } from "../src/components/workspace/WorkspaceView";

const user = { __typename: "User", id: "U1", name: "Ada Lovelace", email: "ada@example.com" };
const ws = { __typename: "Workspace", id: "W1" };
// A Relay global ID, as the server sends: the log's before-states name the board by its database id ("b1").
const board = { __typename: "Board", id: btoa("Board:b1") };

function task(id: string, title: string, status: string, position: number, deleted = false) {
  return {
    __typename: "Task",
    id,
    title,
    description: "",
    status,
    priority: "MEDIUM",
    position,
    version: 1,
    deleted,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    assignee: user,
    workspace: ws,
    board,
    dueAt: null,
    labels: [],
    codeRef: null,
  };
}

const column = (tasks: ReturnType<typeof task>[], totalCount = tasks.length) => ({
  __typename: "WorkspaceTasksConnection",
  totalCount,
  pageInfo: { __typename: "PageInfo", hasNextPage: totalCount > tasks.length, endCursor: tasks.length ? `c-${tasks.at(-1)!.id}` : null },
  edges: tasks.map((t) => ({ __typename: "WorkspaceTasksConnectionEdge", cursor: `c-${t.id}`, node: t })),
});

/** Each column's first page, by status (a test may replace one), and the log version they are read at. */
const columns: Record<string, ReturnType<typeof column>> = {};
let columnVersion = 3;
function resetColumns() {
  columnVersion = 3;
  columns.TODO = column([task("T1", "Write spec", "TODO", 1024)]);
  columns.IN_PROGRESS = column([task("T2", "Build API", "IN_PROGRESS", 1024)]);
  columns.BLOCKED = column([]);
  columns.DONE = column([]);
}
resetColumns();

const boardColumnFixture = (op: Operation) => ({
  workspace: { ...ws, version: columnVersion, tasks: columns[(op.variables as { status: string }).status] },
});

const fixtures: Record<string, unknown> = {
  // The server says which change the undo took back (Task.lastChange): the toast names it.
  Undo: {
    undo: {
      ...task("T2", "Build API", "TODO", 2048),
      lastChange: { __typename: "Activity", id: "E9", action: "UNDO", metadata: { original: "TASK_MOVED" } },
    },
  },
  // A result with errors, as the server sends when the stack is empty.
  Redo: { errors: [{ message: "Nothing to redo.", extensions: { code: "CONFLICT", reason: "NOTHING_TO_REDO" } }] },
  Board: {
    workspace: {
      ...ws,
      name: "Launch",
      version: 3,
      myRole: "MEMBER",
      members: [{ __typename: "Member", id: "M1", role: "MEMBER", joinedAt: "2026-01-01T00:00:00.000Z", user }],
      boards: [{ ...board, name: "Main", position: 1024, archived: false }],
      labels: [],
    },
  },
  BoardColumn: (op: Operation) => boardColumnFixture(op),
  Activity: { workspace: { ...ws, activity: { __typename: "WorkspaceActivityConnection", edges: [] } } },
};

const rootField = (op: Operation) =>
  ((op.query.definitions.find((d) => d.kind === "OperationDefinition") as OperationDefinitionNode).selectionSet.selections[0] as FieldNode)
    .name.value;

/** Stands in for the network: answers the two initial queries, records every operation, and lets the test push subscription events. */
function testNetwork() {
  const sent: Operation[] = [];
  const events = makeSubject<{ field: string; data: unknown }>();
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== "teardown"),
      mergeMap((op) => {
        sent.push(op);
        if (op.kind === "subscription") {
          const field = rootField(op);
          return pipe(
            events.source,
            filter((e) => e.field === field),
            map((e) => makeResult(op, { data: { [field]: e.data } })),
          );
        }
        const name = op.query.definitions.find((d) => d.kind === "OperationDefinition") as OperationDefinitionNode;
        const raw = fixtures[name.name!.value];
        const answer = typeof raw === "function" ? raw(op) : raw;
        // A fixture may answer later: a promise of the data.
        if (answer instanceof Promise)
          return pipe(
            fromPromise(answer),
            map((data) => makeResult(op, { data })),
          );
        const fixture = answer as Record<string, unknown> | undefined;
        if (fixture && "errors" in fixture) return fromValue(makeResult(op, fixture as never));
        return fromValue(makeResult(op, { data: fixture }));
      }),
    );
  return {
    sent,
    exchange,
    emit: async (field: string, data: unknown) => {
      // Graphcache re-runs dependent queries from the cache asynchronously; let that settle.
      await act(async () => {
        events.next({ field, data });
        await new Promise((r) => setTimeout(r, 0));
      });
    },
  };
}

function renderBoard(status: "live" | "polling" = "live") {
  const net = testNetwork();
  const client = new Client({ url: "http://test/graphql", exchanges: [cache, net.exchange] });
  render(
    <ToastProvider>
      <Provider value={client}>
        <StatusContext.Provider value={createStatusStore(status)}>
          <WorkspaceView route={{ page: "board", workspaceId: "W1", view: "all" }} me={user} />
        </StatusContext.Provider>
      </Provider>
    </ToastProvider>,
  );
  return net;
}

const col = (name: string) => screen.getByRole("region", { name });
const rootOperation = (op: Operation) =>
  (op.query.definitions.find((d) => d.kind === "OperationDefinition") as OperationDefinitionNode).name?.value;
const queries = (sent: Operation[]) => sent.filter((o) => o.kind === "query").length;
/** A taskChanged event; `from` is the column the log says the card was in before (none for a created card). */
const event = (kind: string, version: number, t: ReturnType<typeof task>, from?: string) => ({
  __typename: "TaskChangedEvent",
  kind,
  version,
  actor: user,
  activity: { __typename: "Activity", id: `A${version}`, before: from ? { status: from, boardId: "b1" } : null },
  task: t,
});

afterEach(() => {
  cleanup();
  resetColumns();
  vi.restoreAllMocks();
  delete fixtures.CreateTask;
  delete fixtures.BoardColumnPage;
  history.replaceState(null, "", "/");
});

describe("board cache updates from taskChanged", () => {
  it("puts CREATED, MOVED and DELETED events in the right column without a network request", async () => {
    const net = renderBoard();
    await screen.findByText("Write spec");
    expect(within(col("In progress")).getByText("Build API")).toBeTruthy();
    const initialQueries = queries(net.sent);
    expect(initialQueries).toBe(6); // Board, Activity and each of the four columns' first page
    const subscription = net.sent.find((o) => o.kind === "subscription" && rootField(o) === "taskChanged");
    expect(subscription?.variables).toMatchObject({ workspaceId: "W1", since: 3 });

    await net.emit("taskChanged", event("CREATED", 4, task("T3", "Ship it", "TODO", 2048)));
    expect(within(col("To do")).getByText("Ship it")).toBeTruthy();
    expect(
      within(col("To do"))
        .getAllByTestId("task-card")
        .map((c) => c.textContent),
    ).toEqual([expect.stringContaining("Write spec"), expect.stringContaining("Ship it")]);
    expect(screen.getByTestId("count-TODO").textContent).toBe("2");

    await net.emit("taskChanged", event("MOVED", 5, task("T3", "Ship it", "DONE", 1024), "TODO"));
    expect(within(col("Done")).getByText("Ship it")).toBeTruthy();
    expect(within(col("To do")).queryByText("Ship it")).toBeNull();
    expect(screen.getByTestId("count-DONE").textContent).toBe("1");
    expect(screen.getByTestId("count-TODO").textContent).toBe("1");

    // A move within a column reorders by position.
    await net.emit("taskChanged", event("CREATED", 6, task("T4", "Review", "IN_PROGRESS", 2048)));
    await net.emit("taskChanged", event("MOVED", 7, task("T4", "Review", "IN_PROGRESS", 512), "IN_PROGRESS"));
    expect(
      within(col("In progress"))
        .getAllByTestId("task-card")
        .map((c) => c.textContent),
    ).toEqual([expect.stringContaining("Review"), expect.stringContaining("Build API")]);

    await net.emit("taskChanged", event("DELETED", 8, task("T1", "Write spec", "TODO", 1024, true), "TODO"));
    expect(screen.queryByText("Write spec")).toBeNull();
    expect(screen.getByTestId("count-TODO").textContent).toBe("0");

    expect(queries(net.sent)).toBe(initialQueries);
  });

  it("keeps a partly loaded column in order: cards land inside the loaded part, past it only the count moves", async () => {
    // To do: 40 cards on the server, its first page holds two.
    columns.TODO = column([task("T1", "Write spec", "TODO", 1024), task("T5", "Second", "TODO", 2048)], 40);
    // A column with more pages scrolls inside itself and draws what is in view; jsdom lays nothing out, so give it a height.
    vi.spyOn(Element.prototype, "clientHeight", "get").mockReturnValue(800);
    const net = renderBoard();
    await screen.findByText("Write spec");
    const todoCount = () => screen.getByTestId("count-TODO").textContent;
    const todoTitles = () =>
      within(col("To do"))
        .getAllByTestId("task-card")
        .map((c) => c.querySelector(".card-title")?.textContent);
    expect(todoCount()).toBe("40");
    // Drawing its last loaded cards asks for the next page, after the last card the server listed.
    await waitFor(() =>
      expect(net.sent.find((o) => rootOperation(o) === "BoardColumnPage")?.variables).toMatchObject({
        status: "TODO",
        after: "c-T5",
      }),
    );

    await net.emit("taskChanged", event("MOVED", 4, task("T2", "Build API", "TODO", 1536), "IN_PROGRESS"));
    expect(todoTitles()).toEqual(["Write spec", "Build API", "Second"]);
    expect(todoCount()).toBe("41");
    expect(screen.getByTestId("count-IN_PROGRESS").textContent).toBe("0");

    // Someone adds a card at the end of the 41: it is counted, and shows when its page loads.
    await net.emit("taskChanged", event("CREATED", 5, task("T9", "Far away", "TODO", 999_999)));
    expect(screen.queryByText("Far away")).toBeNull();
    expect(todoCount()).toBe("42");

    // A card this client never loaded leaves To do for Done (loaded to its end): counted out of one, into the other.
    await net.emit("taskChanged", event("MOVED", 6, task("T30", "Unseen", "DONE", 1024), "TODO"));
    expect(todoCount()).toBe("41");
    expect(screen.getByTestId("count-DONE").textContent).toBe("1");
    expect(within(col("Done")).getByText("Unseen")).toBeTruthy();

    // A loaded card moved past the loaded part leaves the list, not the count.
    await net.emit("taskChanged", event("MOVED", 7, task("T5", "Second", "TODO", 500_000), "TODO"));
    expect(todoTitles()).toEqual(["Write spec", "Build API"]);
    expect(todoCount()).toBe("41");
  });

  it("does not count twice an event its column's count was read after", async () => {
    // The workspace query saw version 3; the columns were read a moment later, at version 5.
    columnVersion = 5;
    columns.TODO = column([task("T1", "Write spec", "TODO", 1024), task("T4", "Made at 4", "TODO", 2048)]);
    const net = renderBoard();
    await screen.findByText("Made at 4");
    expect(screen.getByTestId("count-TODO").textContent).toBe("2");
    // The subscription replays from 3: the creation at 4 is already in the count, the one at 6 is not.
    await net.emit("taskChanged", event("CREATED", 4, task("T4", "Made at 4", "TODO", 2048)));
    expect(screen.getByTestId("count-TODO").textContent).toBe("2");
    await net.emit("taskChanged", event("CREATED", 6, task("T6", "Made at 6", "TODO", 3072)));
    expect(screen.getByTestId("count-TODO").textContent).toBe("3");
    expect(within(col("To do")).getByText("Made at 6")).toBeTruthy();
  });

  it("prepends activityAdded entries to the feed without a network request", async () => {
    const net = renderBoard();
    await screen.findByText("Write spec");
    const before = queries(net.sent);
    await net.emit("activityAdded", {
      __typename: "Activity",
      id: "A9",
      version: 9,
      action: "TASK_CREATED",
      entityType: "Task",
      entityId: "T9",
      metadata: { after: { title: "Brand new" } },
      createdAt: new Date().toISOString(),
      actor: user,
      subject: null,
    });
    expect(screen.getByTestId("activity-item").textContent).toContain("created “Brand new”");
    expect(queries(net.sent)).toBe(before);
  });
});

describe("undo and redo keys on the board", () => {
  const mutations = (sent: Operation[]) =>
    sent.filter((o) => o.kind === "mutation").map((o) => ({ field: rootField(o), input: (o.variables as { input: unknown }).input }));

  it("Ctrl+Z sends undo with the workspaceId, Shift+Cmd+Z sends redo, and neither fires while typing", async () => {
    const net = renderBoard();
    await screen.findByText("Write spec");

    // Typing in a field keeps the browser's own undo: nothing goes to the server.
    fireEvent.click(screen.getByRole("button", { name: "Add task to To do" }));
    const box = screen.getByLabelText("New task title in To do");
    fireEvent.keyDown(box, { key: "z", ctrlKey: true });
    fireEvent.keyDown(box, { key: "z", metaKey: true, shiftKey: true });
    fireEvent.keyDown(screen.getByLabelText("Priority"), { key: "z", ctrlKey: true });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(mutations(net.sent)).toEqual([]);

    // Plain Z, or Ctrl+Alt+Z, is not undo either.
    fireEvent.keyDown(document.body, { key: "z" });
    fireEvent.keyDown(document.body, { key: "z", ctrlKey: true, altKey: true });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(mutations(net.sent)).toEqual([]);

    fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
    await waitFor(() => expect(mutations(net.sent)).toEqual([{ field: "undo", input: { workspaceId: "W1" } }]));
    await screen.findByText("Undid moving “Build API”: it is back in To do.");
    // The returned task lands in its column through the cache updater.
    await waitFor(() => expect(within(col("To do")).getByText("Build API")).toBeTruthy());

    fireEvent.keyDown(document.body, { key: "Z", metaKey: true, shiftKey: true });
    await waitFor(() => expect(mutations(net.sent).map((m) => m.field)).toEqual(["undo", "redo"]));
    expect(mutations(net.sent)[1]?.input).toEqual({ workspaceId: "W1" });
    await screen.findByText("Nothing to redo.");
  });
});

describe("polling while the WebSocket is down", () => {
  afterEach(() => {
    vi.useRealTimers();
    delete fixtures.WorkspaceEvents;
  });

  it("asks for events since the last applied version every 5 s, pages through them, and refetches only when there are new ones", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const pages: Record<number, unknown> = {
      3: {
        events: [{ __typename: "Activity", id: "A4", version: 4, action: "TASK_CREATED", entityType: "Task", entityId: "T4" }],
        hasMore: true,
      },
      4: {
        events: [{ __typename: "Activity", id: "A5", version: 5, action: "TASK_MOVED", entityType: "Task", entityId: "T4" }],
        hasMore: false,
      },
      5: { events: [], hasMore: false },
    };
    fixtures.WorkspaceEvents = (op: Operation) => {
      const since = (op.variables as { since: number }).since;
      return { workspace: { ...ws, events: { __typename: "EventPage", ...(pages[since] as object) } } };
    };
    const net = renderBoard("polling");
    await screen.findByText("Write spec");
    const named = (name: string) => net.sent.filter((o) => (o.query.definitions[0] as OperationDefinitionNode).name?.value === name);
    const eventsAsked = () => named("WorkspaceEvents").map((o) => (o.variables as { since: number }).since);
    expect(eventsAsked()).toEqual([]);
    const boards = named("Board").length;

    await act(() => vi.advanceTimersByTimeAsync(5000));
    await waitFor(() => expect(eventsAsked()).toEqual([3, 4]));
    await waitFor(() => expect(named("Board").length).toBe(boards + 1));
    expect(named("Board").at(-1)!.context.requestPolicy).toBe("network-only");
    await waitFor(() => expect(named("Activity").at(-1)!.context.requestPolicy).toBe("network-only"));

    // Nothing new: one cheap events query, no refetch.
    await act(() => vi.advanceTimersByTimeAsync(5000));
    await waitFor(() => expect(eventsAsked()).toEqual([3, 4, 5]));
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(named("Board").length).toBe(boards + 1);
  });
});

describe("issue #11: own new cards and filters on a paged board", () => {
  const titlesIn = (name: string) =>
    within(col(name))
      .queryAllByTestId("task-card")
      .map((c) => c.querySelector(".card-title")?.textContent);

  it("shows a card created at the end of a 2,000-card column at once, and once only when its page loads", async () => {
    columns.TODO = column([task("T1", "Write spec", "TODO", 1024), task("T5", "Second", "TODO", 2048)], 2000);
    vi.spyOn(Element.prototype, "clientHeight", "get").mockReturnValue(800);
    // The next page of To do answers only when the test says so.
    let answerPage: (data: unknown) => void = () => {};
    fixtures.BoardColumnPage = () => new Promise((resolve) => (answerPage = resolve));
    const mine = task("T99", "Made by me", "TODO", 2_048_000);
    fixtures.CreateTask = { createTask: mine };
    const net = renderBoard();
    await screen.findByText("Write spec");
    await waitFor(() => expect(net.sent.some((o) => rootOperation(o) === "BoardColumnPage")).toBe(true));

    fireEvent.click(screen.getByRole("button", { name: "Add task to To do" }));
    const box = screen.getByLabelText("New task title in To do");
    fireEvent.change(box, { target: { value: "Made by me" } });
    fireEvent.keyDown(box, { key: "Enter" });
    // Past the loaded part, yet shown where it was made: at the end of the column.
    await waitFor(() => expect(titlesIn("To do")).toEqual(["Write spec", "Second", "Made by me"]));
    expect(screen.getByTestId("count-TODO").textContent).toBe("2000");

    // Its own event counts it and keeps it in place.
    await net.emit("taskChanged", event("CREATED", 4, mine));
    expect(screen.getByTestId("count-TODO").textContent).toBe("2001");
    expect(titlesIn("To do")).toEqual(["Write spec", "Second", "Made by me"]);

    // The page that holds it arrives: the card shows once, after the cards before it.
    await act(async () => {
      answerPage({
        workspace: {
          ...ws,
          tasks: {
            ...column([task("T6", "Third", "TODO", 3072), mine], 2001),
            pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: "c-T99" },
          },
        },
      });
      await new Promise((r) => setTimeout(r, 0));
    });
    await waitFor(() => expect(titlesIn("To do")).toEqual(["Write spec", "Second", "Third", "Made by me"]));
    expect(screen.getAllByText("Made by me")).toHaveLength(1);
  });

  it("a filtered column reads only its matching cards and their count from the server, in one request", async () => {
    // To do holds 2,000 cards; 3 are High priority. The server answers the filtered column with just those.
    const high = [task("H1", "Hot one", "TODO", 5000), task("H2", "Hot two", "TODO", 90_000), task("H3", "Hot three", "TODO", 1_900_000)];
    for (const t of high) t.priority = "HIGH";
    const many = Array.from({ length: 50 }, (_, i) => task(`M${i}`, `Plain ${i}`, "TODO", 1024 * (i + 1)));
    fixtures.BoardColumn = (op: Operation) => {
      const v = op.variables as { status: string; priorities?: string[] };
      const tasks = v.status !== "TODO" ? columns[v.status] : v.priorities?.includes("HIGH") ? column(high, 3) : column(many, 2000);
      return { workspace: { ...ws, version: columnVersion, tasks } };
    };
    history.replaceState(null, "", "/?priority=HIGH");
    try {
      const net = renderBoard();
      await screen.findByText("Hot one");
      expect(titlesIn("To do")).toEqual(["Hot one", "Hot two", "Hot three"]);
      expect(screen.getByTestId("count-TODO").textContent).toBe("3");
      const todoReads = net.sent.filter(
        (o) => rootOperation(o)?.startsWith("BoardColumn") && (o.variables as { status: string }).status === "TODO",
      );
      expect(todoReads.map((o) => [rootOperation(o), (o.variables as { priorities?: string[] }).priorities])).toEqual([
        ["BoardColumn", ["HIGH"]],
      ]);

      // Live: a matching card edited out of the filter leaves the column and its count; a new matching card joins;
      // one that does not match is neither shown nor counted.
      const cooled = { ...high[1]!, priority: "LOW", version: 2 };
      await net.emit("taskChanged", {
        ...event("UPDATED", 4, cooled, "TODO"),
        activity: {
          __typename: "Activity",
          id: "A4",
          before: { status: "TODO", boardId: "b1", priority: "HIGH", assigneeId: null, labelIds: [], dueAt: null },
        },
      });
      expect(titlesIn("To do")).toEqual(["Hot one", "Hot three"]);
      expect(screen.getByTestId("count-TODO").textContent).toBe("2");
      await net.emit("taskChanged", event("CREATED", 5, { ...task("H4", "Hot four", "TODO", 2_000_000), priority: "HIGH" }));
      await net.emit("taskChanged", event("CREATED", 6, task("M99", "Plain new", "TODO", 2_100_000)));
      expect(titlesIn("To do")).toEqual(["Hot one", "Hot three", "Hot four"]);
      expect(screen.getByTestId("count-TODO").textContent).toBe("3");
    } finally {
      fixtures.BoardColumn = boardColumnFixture;
    }
  });
});
