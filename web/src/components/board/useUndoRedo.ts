import { useEffect, useRef } from "react";
import { type CombinedError, useMutation } from "urql";
import { describeError } from "../../client/errors";
import { hasReason } from "../../client/reasons";
import type { TaskStatus } from "../../gql/graphql";
import { RedoMutation, UndoMutation } from "../../graphql/tasks";
import { STATUS_LABEL } from "../../model/displayNames";
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

/** What the server says an undo or redo took back or made again (its newest log entry for the card). */
export interface StepChange {
  metadata?: unknown;
}

/** What an undo or redo did, in words: which change it took back, what that did to the card, how many cards. */
export function undoneWords(
  kind: "undo" | "redo",
  task: { title: string; deleted?: boolean | null; status?: string } | null | undefined,
  change?: StepChange | null,
): string {
  const title = task ? `“${task.title}”` : "your last change";
  const { original, cards } = (change?.metadata ?? {}) as { original?: string; cards?: number };
  const did = kind === "undo" ? "Undid" : "Redid";
  if (cards && cards > 1) {
    return kind === "undo"
      ? `Undid a change of ${cards} cards: they are back as they were before it.`
      : `Redid a change of ${cards} cards.`;
  }
  if (original === "TASK_CREATED")
    return kind === "undo" ? `Undid creating ${title}: it is off the board.` : `Redid creating ${title}: it is back on the board.`;
  if (original === "TASK_DELETED")
    return kind === "undo" ? `Undid deleting ${title}: it is back on the board.` : `Redid deleting ${title}: it is off the board again.`;
  if (original === "TASK_RESTORED") return `${did} restoring ${title}${task?.deleted ? ": it is off the board." : "."}`;
  const column = task?.status ? STATUS_LABEL[task.status as TaskStatus] : undefined;
  if (original === "TASK_MOVED" && column)
    return kind === "undo" ? `Undid moving ${title}: it is back in ${column}.` : `Redid moving ${title} to ${column}.`;
  if (original) return kind === "undo" ? `Undid your change to ${title}: it is back as it was.` : `Redid your change to ${title}.`;
  // A server that does not say which change it took back: say what happened to the card.
  if (kind === "undo") return task?.deleted ? `Undone: ${title} is off the board again.` : `Undone: ${title} is back as it was.`;
  return task?.deleted ? `Redone: ${title} is deleted again.` : `Redone: ${title} has your change again.`;
}

/** The key of the toast that reports an undo or redo: the next one takes its place. */
const UNDO_TOAST = "undo-step";

/** Undos in a row, each within this long of the one before, make a burst. */
export const BURST_GAP_MS = 1500;
/** How many undos a burst may take back before it pauses and asks for a deliberate press. */
export const BURST_LIMIT = 5;

/**
 * Guards against undoing a lot by accident ("twelve Ctrl+Z presses emptied the board"). Presses come in bursts;
 * the first BURST_LIMIT of a burst go through, the next one pauses the burst ("pause": say so once) and any
 * further press of that burst is held back ("held"). A pause of BURST_GAP_MS ends the burst, so a deliberate
 * press after reading the toast goes on undoing.
 */
export function undoBurst(limit = BURST_LIMIT, gapMs = BURST_GAP_MS) {
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  let paused = false;
  let id = 0;
  return {
    press(now: number): "go" | "pause" | "held" {
      if (now - last > gapMs) {
        count = 0;
        paused = false;
        id++;
      }
      last = now;
      if (paused) return "held";
      if (count >= limit) {
        paused = true;
        return "pause";
      }
      count++;
      return "go";
    },
    /** Which burst the last press belonged to. */
    get id() {
      return id;
    },
  };
}

/**
 * Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z redoes your own last task change in this workspace. The server appends
 * the inverse events; the board follows through the taskChanged subscription like any other change. Undos in
 * quick succession share one toast that counts them and offers to redo them all, and a burst of more than
 * BURST_LIMIT pauses (undoBurst).
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
    const burst = undoBurst();
    // The undos of the current burst that went through: what "Redo all" brings back.
    const run = { id: 0, undone: 0 };
    const redoAll = (n: number) => {
      for (let i = 0; i < n; i++) press("redo");
    };
    const send = async (kind: "undo" | "redo", burstId: number) => {
      const { undo, redo, toast, workspaceId } = latest.current;
      const r =
        kind === "undo"
          ? await undo({ input: { workspaceId } }).then((x) => ({ error: x.error, task: x.data?.undo }))
          : await redo({ input: { workspaceId } }).then((x) => ({ error: x.error, task: x.data?.redo }));
      if (r.error) return toast(...refusalToast(kind, r.error));
      const words = undoneWords(kind, r.task, r.task?.lastChange);
      if (kind === "redo") {
        if (run.id === burstId && run.undone > 0) run.undone--;
        // Keyed like the undos' toast: "Redo all 5" ends on one toast, not five.
        return toast(words, "info", { label: "Undo", run: () => press("undo") }, UNDO_TOAST);
      }
      if (run.id !== burstId) Object.assign(run, { id: burstId, undone: 0 });
      const n = ++run.undone;
      // Say what happened to the card, and offer the way back: all of the burst's undos at once.
      toast(
        n > 1 ? `${words} (${n} undone in a row)` : words,
        "info",
        n > 1 ? { label: `Redo all ${n}`, run: () => redoAll(n) } : { label: "Redo", run: () => press("redo") },
        UNDO_TOAST,
      );
    };
    const press = (kind: "undo" | "redo", burstId = burst.id) => {
      queue.current = queue.current.then(() => send(kind, burstId));
    };
    const onKey = (e: KeyboardEvent) => {
      const kind = undoKey(e);
      if (!kind || e.defaultPrevented || isTyping(e.target)) return;
      if (e.target instanceof Element && e.target.closest('[role="dialog"]')) return;
      e.preventDefault();
      if (kind === "redo") return press("redo");
      const verdict = burst.press(Date.now());
      if (verdict === "go") return press("undo", burst.id);
      if (verdict === "pause") {
        // Said after the burst's undos are answered, so it replaces their toast rather than being replaced.
        const burstId = burst.id;
        queue.current = queue.current.then(() => {
          const n = run.id === burstId ? run.undone : 0;
          latest.current.toast(
            `Undo paused after ${BURST_LIMIT} in a row, so nothing more goes by accident. Press Ctrl+Z (⌘Z) again in a moment to keep undoing.`,
            "info",
            n > 0 ? { label: `Redo all ${n}`, run: () => redoAll(n) } : undefined,
            UNDO_TOAST,
          );
        });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}

/**
 * The Undo button of a toast that reports one of your changes (a delete, a restore): undoes your newest change in
 * the workspace, which that change is, and says what it took back, offering Redo.
 */
export function useUndoButton(workspaceId: string) {
  const [, undo] = useMutation(UndoMutation);
  const [, redo] = useMutation(RedoMutation);
  const toast = useToast();
  const step = async (kind: "undo" | "redo") => {
    const r =
      kind === "undo"
        ? await undo({ input: { workspaceId } }).then((x) => ({ error: x.error, task: x.data?.undo }))
        : await redo({ input: { workspaceId } }).then((x) => ({ error: x.error, task: x.data?.redo }));
    if (r.error) return toast(...refusalToast(kind, r.error));
    const back = kind === "undo" ? "redo" : "undo";
    const action = { label: kind === "undo" ? "Redo" : "Undo", run: () => void step(back) };
    toast(undoneWords(kind, r.task, r.task?.lastChange), "info", action, UNDO_TOAST);
  };
  return { label: "Undo", run: () => void step("undo") };
}
