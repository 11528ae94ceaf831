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
        <ChoiceField field="status" draft={draft} edit={edit} disabled={!canWrite} />
        <ChoiceField field="priority" draft={draft} edit={edit} disabled={!canWrite} />
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

type Choice = "status" | "priority";

/** The task's enum fields: their labels and their options, in order. */
const CHOICES: { [K in Choice]: { label: string; values: readonly TaskDraft[K][]; labels: Record<TaskDraft[K], string> } } = {
  status: { label: "Status", values: STATUSES, labels: STATUS_LABEL },
  priority: { label: "Priority", values: PRIORITIES, labels: PRIORITY_LABEL },
};

/** A labelled select over one of the task's enum fields. */
function ChoiceField<K extends Choice>({
  field,
  draft,
  edit,
  disabled,
}: { field: K } & Pick<Props, "draft" | "edit"> & { disabled: boolean }) {
  const { label, values, labels } = CHOICES[field];
  return (
    <label className="field">
      <span>{label}</span>
      <select value={draft[field]} disabled={disabled} onChange={(e) => edit({ [field]: e.target.value } as Partial<TaskDraft>)}>
        <Options values={values} labels={labels} />
      </select>
    </label>
  );
}
