import type { TaskPriority, TaskStatus } from "../../gql/graphql";
import { PRIORITIES, PRIORITY_LABEL, STATUS_LABEL, STATUSES } from "../../model/displayNames";
import type { BoardWorkspace } from "../board/boardModel";
import { MemberOptions } from "../shared/MemberOptions";
import { Options } from "../shared/Options";
import type { TaskDraft } from "./useTaskEditor";

type Props = {
  draft: TaskDraft;
  edit: (patch: Partial<TaskDraft>) => void;
  members: BoardWorkspace["members"];
  canWrite: boolean;
};

/** The task's own fields: title, description, status, priority, assignee and due date (read-only for viewers). */
export function TaskFieldsForm({ draft, edit, members, canWrite }: Props) {
  return (
    <>
      <label className="field">
        <span>Title</span>
        <input
          value={draft.title}
          onChange={(e) => edit({ title: e.target.value })}
          required
          maxLength={500}
          readOnly={!canWrite}
          autoFocus={canWrite}
        />
      </label>
      <label className="field">
        <span>Description</span>
        <textarea
          rows={5}
          value={draft.description}
          onChange={(e) => edit({ description: e.target.value })}
          readOnly={!canWrite}
          placeholder={canWrite ? "Add more detail…" : "No description"}
        />
      </label>
      <div className="field-grid">
        <label className="field">
          <span>Status</span>
          <select value={draft.status} disabled={!canWrite} onChange={(e) => edit({ status: e.target.value as TaskStatus })}>
            <Options values={STATUSES} labels={STATUS_LABEL} />
          </select>
        </label>
        <label className="field">
          <span>Priority</span>
          <select value={draft.priority} disabled={!canWrite} onChange={(e) => edit({ priority: e.target.value as TaskPriority })}>
            <Options values={PRIORITIES} labels={PRIORITY_LABEL} />
          </select>
        </label>
        <label className="field">
          <span>Assignee</span>
          <select value={draft.assigneeId} disabled={!canWrite} onChange={(e) => edit({ assigneeId: e.target.value })}>
            <option value="">Unassigned</option>
            <MemberOptions members={members} />
          </select>
        </label>
        <label className="field">
          <span>Due</span>
          <input type="date" value={draft.due} readOnly={!canWrite} onChange={(e) => edit({ due: e.target.value })} />
        </label>
      </div>
    </>
  );
}
