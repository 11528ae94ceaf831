import { describe, expect, it } from "vitest";
import { describeActivity } from "./describeActivity";

// Log entries as the server writes them (server/src/domain/undo.ts applyPatch, members.ts).
const undoOfCreate = {
  action: "TASK_DELETED",
  metadata: {
    before: { title: "Ship it", status: "TODO", position: 1024 },
    after: { deleted: true, version: 2 },
    undo: true,
    undoOf: "e1",
    original: "TASK_CREATED",
    cards: 1,
  },
};

describe("describeActivity", () => {
  it("says an undo of a creation undid creating the card, not 'undid a change (reordered)'", () => {
    expect(describeActivity(undoOfCreate)).toBe("undid creating “Ship it”");
  });

  it("says what an undo or redo took back or made again, in the user's words", () => {
    const meta = (original: string, before: object, after: object, step: object = { undo: true }) => ({
      before,
      after,
      original,
      cards: 1,
      ...step,
    });
    expect(
      describeActivity({ action: "TASK_RESTORED", metadata: meta("TASK_DELETED", { title: "A" }, { title: "A", status: "TODO" }) }),
    ).toBe("undid deleting “A”");
    expect(
      describeActivity({
        action: "TASK_MOVED",
        metadata: meta("TASK_MOVED", { title: "A", status: "DONE" }, { title: "A", status: "TODO" }),
      }),
    ).toBe("undid moving “A” to Done");
    expect(
      describeActivity({
        action: "TASK_MOVED",
        metadata: meta("TASK_MOVED", { title: "A", status: "TODO" }, { title: "A", status: "DONE" }, { redo: true }),
      }),
    ).toBe("redid moving “A” to Done");
    expect(describeActivity({ action: "TASK_UPDATED", metadata: meta("TASK_UPDATED", { title: "Old" }, { title: "New" }) })).toBe(
      "undid editing “New”",
    );
  });

  it("says when an undone change touched many cards", () => {
    const metadata = { before: { title: "B" }, after: { deleted: true }, undo: true, original: "TASK_RESTORED", cards: 12 };
    expect(describeActivity({ action: "TASK_DELETED", metadata })).toBe("undid restoring “B” (one of 12 cards in that change)");
  });

  it("describes an undo logged before undo said what it took back by what it did to the card", () => {
    const { original: _o, cards: _c, ...old } = undoOfCreate.metadata;
    expect(describeActivity({ action: "TASK_DELETED", metadata: old })).toBe("removed “Ship it” (undo)");
  });

  it("says a restore restored, and a card a board restore took away was removed", () => {
    expect(describeActivity({ action: "TASK_UPDATED", metadata: { before: { title: "X" }, after: { title: "Y" }, restoredFrom: 7 } })).toBe(
      "restored “Y” to how it was at version 7",
    );
    expect(
      describeActivity({ action: "TASK_DELETED", metadata: { before: { title: "Stray" }, after: { deleted: true }, restoredFrom: 7 } }),
    ).toBe("removed “Stray”, restoring the board to version 7");
  });

  it("names whose role changed and who was removed", () => {
    const subject = { name: "Ada" };
    expect(describeActivity({ action: "MEMBER_ROLE_CHANGED", metadata: { from: "VIEWER", to: "MEMBER" }, subject })).toBe(
      "changed Ada’s role from viewer to member",
    );
    expect(describeActivity({ action: "MEMBER_REMOVED", metadata: { role: "MEMBER", left: false }, subject })).toBe(
      "removed Ada from the workspace",
    );
    expect(describeActivity({ action: "MEMBER_ROLE_CHANGED", metadata: { from: "VIEWER", to: "ADMIN" } })).toBe(
      "changed a member’s role from viewer to admin",
    );
  });

  it("keeps plain changes plain", () => {
    expect(describeActivity({ action: "TASK_CREATED", metadata: { after: { title: "New" } } })).toBe("created “New”");
    expect(
      describeActivity({
        action: "TASK_MOVED",
        metadata: { before: { title: "A", status: "TODO" }, after: { title: "A", status: "DONE" } },
      }),
    ).toBe("moved “A” to Done");
    expect(describeActivity({ action: "TASK_DELETED", metadata: { before: { title: "A" }, after: { deleted: true } } })).toBe(
      "deleted “A”",
    );
  });
});
