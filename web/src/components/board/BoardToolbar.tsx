import type { TaskPriority } from "../../gql/graphql";
import { PRIORITIES, PRIORITY_LABEL } from "../../model/displayNames";
import type { BoardWorkspace, Filters } from "./boardModel";
import { MemberOptions } from "../shared/MemberOptions";
import { Options } from "../shared/Options";

type Props = {
  filters: Filters;
  onChange: (f: Filters) => void;
  members: BoardWorkspace["members"];
  lockAssignee: boolean;
  total: number;
  shown: number;
};

export function BoardToolbar({ filters, onChange, members, lockAssignee, total, shown }: Props) {
  const active = (!lockAssignee && filters.assignee) || filters.priority;
  return (
    <div className="toolbar" role="toolbar" aria-label="Filters">
      <label className="select-field">
        <span>Assignee</span>
        <select value={filters.assignee} disabled={lockAssignee} onChange={(e) => onChange({ ...filters, assignee: e.target.value })}>
          <option value="">Anyone</option>
          <option value="none">Unassigned</option>
          <MemberOptions members={members} />
        </select>
      </label>
      <label className="select-field">
        <span>Priority</span>
        <select value={filters.priority} onChange={(e) => onChange({ ...filters, priority: e.target.value as TaskPriority | "" })}>
          <option value="">Any</option>
          <Options values={PRIORITIES} labels={PRIORITY_LABEL} />
        </select>
      </label>
      {active && (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange({ assignee: "", priority: "" })}>
          Clear filters
        </button>
      )}
      <span className="spacer" />
      <span className="muted small">{shown === total ? `${total} ${total === 1 ? "task" : "tasks"}` : `${shown} of ${total} tasks`}</span>
    </div>
  );
}
