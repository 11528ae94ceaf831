import { CombinedError } from "urql";
import { describe, expect, it } from "vitest";
import type { Task } from "../board/boardModel";
import { conflictCurrent, conflictFields } from "./conflict";
import { changedInput, type TaskDraft } from "./useTaskEditor";

const base = {
  id: "T1",
  title: "Ship it",
  description: "",
  status: "TODO",
  priority: "MEDIUM",
  version: 3,
  assignee: { id: "U1", name: "Ada", email: "ada@example.com" },
  labels: [],
  dueAt: null,
} as unknown as Task;

const refusal = (reason: string, extensions: Record<string, unknown> = {}) =>
  new CombinedError({ graphQLErrors: [{ message: "refused", extensions: { code: "CONFLICT", reason, ...extensions } }] });

describe("changedInput", () => {
  it("sends only the fields the draft changes", () => {
    const draft = {
      title: " Ship it ",
      description: "",
      status: "DONE",
      priority: "MEDIUM",
      assigneeId: "",
      labelIds: [],
      due: "",
    } as TaskDraft;
    expect(changedInput(base, draft)).toEqual({ id: "T1", status: "DONE", assigneeId: null });
  });
});

describe("conflictCurrent", () => {
  it("reads the task as it is now from a STALE_VERSION refusal, and nothing from any other", () => {
    const current = { id: "T1", version: 4, title: "Ship it today" };
    expect(conflictCurrent(refusal("STALE_VERSION", { current }))).toEqual(current);
    expect(conflictCurrent(refusal("CHANGED_BY_OTHERS", { current }))).toBeNull();
    expect(conflictCurrent(undefined)).toBeNull();
  });
});

describe("conflictFields", () => {
  it("lists your fields, theirs (changed since your base) and every field either touched", () => {
    const fields = conflictFields({
      base,
      mine: { id: "T1", title: "Ship it now", priority: "HIGH" },
      current: { id: "T1", version: 4, title: "Ship it today", status: "TODO", assigneeId: "U2" },
    });
    expect(fields).toEqual({
      mineFields: ["title", "priority"],
      theirFields: ["title", "assigneeId"],
      rows: ["title", "priority", "assigneeId"],
    });
  });
});
