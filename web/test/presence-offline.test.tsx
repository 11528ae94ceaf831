import { act, cleanup, render, screen } from "@testing-library/react";
import { Client, type Exchange, makeResult, Provider } from "urql";
import { afterEach, describe, expect, it } from "vitest";
import { filter, makeSubject, map, mergeMap, pipe } from "wonka";
import { type ConnectionStatus, createStatusStore, StatusContext } from "../src/client/connection";
import { EditingFaces, PresenceAvatars, PresenceProvider, usePresence, usePresenceSubscription } from "../src/components/presence/Presence";

const me = { __typename: "User", id: "U1", name: "Ada Lovelace" };
const grace = { __typename: "User", id: "U2", name: "Grace Hopper" };
const viewer = (user: typeof me, taskId: string | null) => ({ __typename: "Viewer", since: "2026-01-01T00:00:00.000Z", taskId, user });

function Header() {
  const presence = usePresenceSubscription("W1", me.id);
  return (
    <PresenceProvider value={presence}>
      <PresenceAvatars />
      <Card />
    </PresenceProvider>
  );
}

/** A card's "editing" faces, as the board shows them. */
function Card() {
  return <EditingFaces people={usePresence().editing.get("T1") ?? []} />;
}

/** The presence subscription's stream, which the test feeds; and the connection status the badge shows. */
function renderBoard() {
  const events = makeSubject<unknown>();
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind === "subscription"),
      mergeMap((op) =>
        pipe(
          events.source,
          map((viewers) =>
            makeResult(op, { data: { presence: { __typename: "PresenceEvent", kind: "SNAPSHOT", taskId: null, user: me, viewers } } }),
          ),
        ),
      ),
    );
  const status = createStatusStore("live");
  render(
    <Provider value={new Client({ url: "http://test/graphql", exchanges: [exchange] })}>
      <StatusContext.Provider value={status}>
        <Header />
      </StatusContext.Provider>
    </Provider>,
  );
  return {
    push: (viewers: unknown[]) => act(() => events.next(viewers)),
    setStatus: (s: ConnectionStatus) => act(() => status.set(s)),
  };
}

afterEach(cleanup);

describe("presence while the live connection is down", () => {
  it("offline, others are shown as last seen (greyed, no editing marks), and live again once reconnected", async () => {
    const board = renderBoard();
    board.push([viewer(me, null), viewer(grace, "T1")]);
    const presence = await screen.findByTestId("presence");
    expect(presence.getAttribute("aria-label")).toBe("On this board: Ada Lovelace (you), Grace Hopper");
    expect(screen.getByTestId("editing-faces").getAttribute("aria-label")).toBe("Grace Hopper is editing");

    board.setStatus("offline");
    expect(presence.getAttribute("aria-label")).toBe(
      "Last seen on this board before the connection dropped: Ada Lovelace (you), Grace Hopper",
    );
    expect(presence.className).toContain("is-stale");
    expect(presence.querySelector(".is-editing")).toBeNull();
    // Nobody can be said to be editing the card while we cannot hear about it.
    expect(screen.queryByTestId("editing-faces")).toBeNull();

    // Reconnected: the new subscription's snapshot is the truth again (Grace left meanwhile).
    board.setStatus("live");
    board.push([viewer(me, null)]);
    expect(screen.getByTestId("presence").getAttribute("aria-label")).toBe("On this board: Ada Lovelace (you)");
    expect(screen.getByTestId("presence").className).not.toContain("is-stale");
  });

  it("polling (socket down, HTTP up) is not live either", async () => {
    const board = renderBoard();
    board.push([viewer(me, null), viewer(grace, "T1")]);
    await screen.findByTestId("presence");
    board.setStatus("polling");
    expect(screen.getByTestId("presence").getAttribute("aria-label")).toMatch(/^Last seen on this board/);
  });
});
