import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { FieldNode, OperationDefinitionNode } from "graphql";
import { Client, type Exchange, makeResult, type Operation, Provider } from "urql";
import { afterEach, describe, expect, it } from "vitest";
import { delay, filter, fromValue, mergeMap, pipe } from "wonka";
import { BURST_GAP_MS, BURST_LIMIT, useUndoRedo } from "../src/components/board/useUndoRedo";
import { ToastProvider } from "../src/components/shared/Toasts";

const rootField = (op: Operation) =>
  ((op.query.definitions.find((d) => d.kind === "OperationDefinition") as OperationDefinitionNode).selectionSet.selections[0] as FieldNode)
    .name.value;

const card = (title: string, deleted: boolean, original: string, cards = 1) => ({
  __typename: "Task",
  id: "T1",
  title,
  description: "",
  status: "TODO",
  priority: "MEDIUM",
  position: 1024,
  version: 2,
  deleted,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  assignee: null,
  workspace: { __typename: "Workspace", id: "W1" },
  board: { __typename: "Board", id: "B1" },
  dueAt: null,
  labels: [],
  codeRef: null,
  lastChange: { __typename: "Activity", id: "A1", action: deleted ? "TASK_DELETED" : "TASK_RESTORED", metadata: { original, cards } },
});

/** The server, answering each undo and redo a little later (as a real one does), and recording what was sent. */
function server(answer: (field: string) => unknown) {
  const sent: string[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind === "mutation"),
      mergeMap((op) => {
        const field = rootField(op);
        sent.push(field);
        return pipe(fromValue(makeResult(op, { data: { [field]: answer(field) } })), delay(5));
      }),
    );
  return { sent, client: new Client({ url: "http://test/graphql", exchanges: [exchange] }) };
}

function Board() {
  useUndoRedo("W1", true);
  return <p>board</p>;
}

function renderBoard(answer: (field: string) => unknown) {
  const net = server(answer);
  render(
    <ToastProvider>
      <Provider value={net.client}>
        <Board />
      </Provider>
    </ToastProvider>,
  );
  return net;
}

const ctrlZ = () => fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
const settle = (ms = 50) => act(() => new Promise((r) => setTimeout(r, ms)));

afterEach(cleanup);

describe("undo safety on the board", () => {
  it(`twelve quick Ctrl+Z undo ${BURST_LIMIT} changes, then pause and say so, with a way to redo them all`, async () => {
    const net = renderBoard((field) => card("Ship it", field === "undo", "TASK_CREATED"));
    for (let i = 0; i < 12; i++) ctrlZ();
    await settle();
    expect(net.sent).toEqual(Array(BURST_LIMIT).fill("undo"));
    await screen.findByText(/Undo paused after 5 in a row/);
    // One toast for the burst, not one per press.
    expect(screen.getAllByRole("button", { name: "Dismiss" })).toHaveLength(1);

    fireEvent.click(screen.getByRole("button", { name: `Redo all ${BURST_LIMIT}` }));
    await waitFor(() => expect(net.sent.filter((f) => f === "redo")).toHaveLength(BURST_LIMIT));
    await screen.findByText("Redid creating “Ship it”: it is back on the board.");
  });

  it("a deliberate press after a pause in pressing goes on undoing", async () => {
    const net = renderBoard(() => card("Ship it", true, "TASK_CREATED"));
    for (let i = 0; i < BURST_LIMIT + 2; i++) ctrlZ();
    await settle(BURST_GAP_MS + 100);
    ctrlZ();
    await waitFor(() => expect(net.sent).toHaveLength(BURST_LIMIT + 1));
  });

  it("quick undos share one toast that counts them and offers to redo them all", async () => {
    renderBoard(() => card("Ship it", true, "TASK_CREATED"));
    ctrlZ();
    ctrlZ();
    ctrlZ();
    await screen.findByText("Undid creating “Ship it”: it is off the board. (3 undone in a row)");
    expect(screen.getByRole("button", { name: "Redo all 3" })).toBeTruthy();
  });

  it("undo of a delete says the card is back and offers Redo", async () => {
    renderBoard(() => card("Ship it", false, "TASK_DELETED"));
    ctrlZ();
    await screen.findByText("Undid deleting “Ship it”: it is back on the board.");
    expect(screen.getByRole("button", { name: "Redo" })).toBeTruthy();
  });

  it("undo of a change to many cards says how many", async () => {
    renderBoard(() => card("Last one", false, "TASK_MOVED", 12));
    ctrlZ();
    await screen.findByText("Undid a change of 12 cards: they are back as they were before it.");
    expect(screen.getByRole("button", { name: "Redo" })).toBeTruthy();
  });
});
