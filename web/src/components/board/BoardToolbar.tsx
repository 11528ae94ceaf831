import type { TaskPriority } from "../../gql/graphql";
import { PRIORITIES, PRIORITY_LABEL } from "../../model/displayNames";
import { MemberOptions } from "../shared/MemberOptions";
import { Options } from "../shared/Options";
import { type BoardWorkspace, type DueFilter, type Filters, NO_FILTERS } from "./boardModel";

type Props = {
  filters: Filters;
  onChange: (f: Filters) => void;
  members: BoardWorkspace["members"];
  labels: BoardWorkspace["labels"];
  lockAssignee: boolean;
  /** The server's count of the board's cards, of those matching when filtered. */
  total: number;
  filtered: boolean;
};

export function BoardToolbar({ filters, onChange, members, labels, lockAssignee, total, filtered }: Props) {
  const active = (!lockAssignee && filters.assignee) || filters.priority || filters.labels.length > 0 || filters.due;
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
      <label className="select-field">
        <span>Due</span>
        <select value={filters.due} onChange={(e) => onChange({ ...filters, due: e.target.value as DueFilter })}>
          <option value="">Any time</option>
          <option value="overdue">Overdue</option>
          <option value="week">This week</option>
          <option value="none">No due date</option>
        </select>
      </label>
      {labels.length > 0 && (
        <fieldset className="label-filter">
          <legend>Labels</legend>
          {labels.map((l) => {
            const on = filters.labels.includes(l.id);
            return (
              <button
                key={l.id}
                type="button"
                className={`label-chip${on ? " on" : ""}`}
                style={{ "--label": l.color } as React.CSSProperties}
                aria-pressed={on}
                onClick={() =>
                  onChange({ ...filters, labels: on ? filters.labels.filter((id) => id !== l.id) : [...filters.labels, l.id] })
                }
              >
                {l.name}
              </button>
            );
          })}
        </fieldset>
      )}
      {active && (
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          onClick={() => onChange({ ...NO_FILTERS, assignee: lockAssignee ? filters.assignee : "" })}
        >
          Clear filters
        </button>
      )}
      <span className="spacer" />
      <span className="muted small">{`${total} ${filtered ? "matching " : ""}${total === 1 ? "task" : "tasks"}`}</span>
    </div>
  );
}
