import { CombinedError } from "urql";
import { describe, expect, it } from "vitest";
import { BURST_GAP_MS, BURST_LIMIT, refusalToast, undoBurst, undoKey, undoneWords } from "./useUndoRedo";

const refusal = (reason: string, extensions: Record<string, unknown> = {}) =>
  new CombinedError({ graphQLErrors: [{ message: "whatever the server says", extensions: { code: "CONFLICT", reason, ...extensions } }] });

describe("refusalToast", () => {
  it("says there is nothing to do, as news, by reason and not by message text", () => {
    expect(refusalToast("undo", refusal("NOTHING_TO_UNDO"))).toEqual(["Nothing to undo.", "info"]);
    expect(refusalToast("redo", refusal("NOTHING_TO_REDO"))).toEqual(["Nothing to redo.", "info"]);
  });

  it("names the task someone else changed since", () => {
    const [text, tone] = refusalToast("undo", refusal("CHANGED_BY_OTHERS", { current: { title: "Ship it" } }));
    expect(text).toBe("Can't undo: someone else has changed “Ship it” since your change. Their version stays.");
    expect(tone).toBe("error");
  });
});

describe("undoKey", () => {
  const key = (k: string, mods: Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>> = {}) =>
    undoKey({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it("maps Ctrl/Cmd+Z to undo, Shift+Ctrl/Cmd+Z and Ctrl+Y to redo", () => {
    expect(key("z", { ctrlKey: true })).toBe("undo");
    expect(key("Z", { metaKey: true, shiftKey: true })).toBe("redo");
    expect(key("y", { ctrlKey: true })).toBe("redo");
    expect(key("z")).toBeNull();
    expect(key("z", { ctrlKey: true, altKey: true })).toBeNull();
  });
});

describe("undoneWords", () => {
  it("says a card undone away is off the board, not 'back as it was'", () => {
    expect(undoneWords("undo", { title: "Ship", deleted: true })).toBe("Undone: “Ship” is off the board again.");
    expect(undoneWords("undo", { title: "Ship", deleted: false })).toBe("Undone: “Ship” is back as it was.");
    expect(undoneWords("redo", { title: "Ship", deleted: true })).toBe("Redone: “Ship” is deleted again.");
  });
});

describe("undoneWords with the change the server took back", () => {
  const change = (original: string, cards = 1) => ({ metadata: { undo: true, original, cards } });
  it("says an undone delete brought the card back, and an undone creation took it away", () => {
    expect(undoneWords("undo", { title: "Ship", deleted: false }, change("TASK_DELETED"))).toBe(
      "Undid deleting “Ship”: it is back on the board.",
    );
    expect(undoneWords("undo", { title: "Ship", deleted: true }, change("TASK_CREATED"))).toBe(
      "Undid creating “Ship”: it is off the board.",
    );
    expect(undoneWords("redo", { title: "Ship", deleted: true }, change("TASK_DELETED"))).toBe(
      "Redid deleting “Ship”: it is off the board again.",
    );
  });

  it("says which column an undone or redone move left the card in", () => {
    expect(undoneWords("undo", { title: "Ship", status: "TODO" }, change("TASK_MOVED"))).toBe("Undid moving “Ship”: it is back in To do.");
    expect(undoneWords("redo", { title: "Ship", status: "DONE" }, change("TASK_MOVED"))).toBe("Redid moving “Ship” to Done.");
  });

  it("counts the cards of a change that touched many, instead of naming only the last", () => {
    expect(undoneWords("undo", { title: "Last of them" }, change("TASK_MOVED", 12))).toBe(
      "Undid a change of 12 cards: they are back as they were before it.",
    );
  });
});

describe("undoBurst", () => {
  it(`lets ${BURST_LIMIT} quick undos through, pauses the next once, and holds the rest of the burst`, () => {
    const burst = undoBurst();
    const verdicts = Array.from({ length: 12 }, (_, i) => burst.press(1000 + i * 100));
    expect(verdicts).toEqual([...Array(BURST_LIMIT).fill("go"), "pause", ...Array(12 - BURST_LIMIT - 1).fill("held")]);
  });

  it("goes on after a pause in pressing: a deliberate press starts a new burst", () => {
    const burst = undoBurst();
    for (let i = 0; i <= BURST_LIMIT; i++) burst.press(i * 100);
    const first = burst.id;
    expect(burst.press(BURST_LIMIT * 100 + BURST_GAP_MS + 1)).toBe("go");
    expect(burst.id).not.toBe(first);
  });

  it("never pauses undos that are spread out", () => {
    const burst = undoBurst();
    const verdicts = Array.from({ length: 20 }, (_, i) => burst.press(i * (BURST_GAP_MS + 1)));
    expect(verdicts.every((v) => v === "go")).toBe(true);
  });
});
