import { CombinedError } from "urql";
import { describe, expect, it } from "vitest";
import { refusalToast, undoKey, undoneWords } from "./useUndoRedo";

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
