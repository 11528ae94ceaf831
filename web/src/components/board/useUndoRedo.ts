import { useEffect, useRef } from "react";
import { type CombinedError, useMutation } from "urql";
import { describeError } from "../../client/errors";
import { hasReason } from "../../client/reasons";
import { RedoMutation, UndoMutation } from "../../graphql/tasks";
import { useToast } from "../shared/Toasts";

/** True when the key press belongs to a text field, not to the board. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if ((target as HTMLElement).isContentEditable) return true;
  return !!target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
}

/** "undo" for Ctrl/Cmd+Z, "redo" for Shift+Ctrl/Cmd+Z (and Ctrl+Y), else null. */
export function undoKey(e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">): "undo" | "redo" | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === "z") return e.shiftKey ? "redo" : "undo";
  if (key === "y" && e.ctrlKey && !e.shiftKey) return "redo";
  return null;
}

/** What a refused undo or redo says, and whether it is news (nothing to do) or an error. */
export function refusalToast(kind: "undo" | "redo", error: CombinedError): [message: string, tone: "info" | "error"] {
  if (hasReason(error, "NOTHING_TO_UNDO", "NOTHING_TO_REDO")) return [kind === "undo" ? "Nothing to undo." : "Nothing to redo.", "info"];
  if (hasReason(error, "CHANGED_BY_OTHERS")) {
    const current = error.graphQLErrors[0]?.extensions?.current as { title?: string } | undefined;
    const what = current?.title ? `“${current.title}”` : "that task";
    return [`Can't ${kind}: someone else has changed ${what} since your change. Their version stays.`, "error"];
  }
  return [describeError(error), "error"];
}

/** What an undo or redo did to the card, in words: a card that is gone now says so. */
export function undoneWords(kind: "undo" | "redo", task: { title: string; deleted?: boolean | null } | null | undefined): string {
  const title = task ? `“${task.title}”` : "your last change";
  if (kind === "undo") return task?.deleted ? `Undone: ${title} is off the board again.` : `Undone: ${title} is back as it was.`;
  return task?.deleted ? `Redone: ${title} is deleted again.` : `Redone: ${title} has your change again.`;
}

/**
 * Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z redoes your own last task change in this workspace. The server appends
 * the inverse events; the board follows through the taskChanged subscription like any other change.
 */
export function useUndoRedo(workspaceId: string, enabled: boolean) {
  const [, undo] = useMutation(UndoMutation);
  const [, redo] = useMutation(RedoMutation);
  const toast = useToast();
  // Presses are sent one after another so that three quick Ctrl+Z undo three changes in order.
  const queue = useRef(Promise.resolve());
  const latest = useRef({ undo, redo, toast, workspaceId });
  latest.current = { undo, redo, toast, workspaceId };

  useEffect(() => {
    if (!enabled) return;
    const send = async (kind: "undo" | "redo") => {
      const { undo, redo, toast, workspaceId } = latest.current;
      const r =
        kind === "undo"
          ? await undo({ input: { workspaceId } }).then((x) => ({ error: x.error, task: x.data?.undo }))
          : await redo({ input: { workspaceId } }).then((x) => ({ error: x.error, task: x.data?.redo }));
      if (r.error) return toast(...refusalToast(kind, r.error));
      // Say what happened to the card, and offer the way back.
      toast(undoneWords(kind, r.task), "info", {
        label: kind === "undo" ? "Redo" : "Undo",
        run: () => press(kind === "undo" ? "redo" : "undo"),
      });
    };
    const press = (kind: "undo" | "redo") => {
      queue.current = queue.current.then(() => send(kind));
    };
    const onKey = (e: KeyboardEvent) => {
      const kind = undoKey(e);
      if (!kind || e.defaultPrevented || isTyping(e.target)) return;
      if (e.target instanceof Element && e.target.closest('[role="dialog"]')) return;
      e.preventDefault();
      press(kind);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
