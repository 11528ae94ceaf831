import { useState } from "react";
import type { Role } from "../../gql/graphql";
import { ROLE_LABEL } from "../../model/displayNames";
import { Avatar } from "../shared/Avatar";
import { Options } from "../shared/Options";
import type { MembersData } from "./useMembers";

type Props = { members: NonNullable<MembersData["workspace"]>["members"]; meId: string | undefined; data: MembersData };

/** Everyone in the workspace; the roles you may manage can be changed or removed, and you can leave. */
export function MemberList({ members, meId, data }: Props) {
  // Removing someone (or leaving) takes a second, explicit click: it cannot be undone from here.
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section className="panel">
      <header className="panel-header">
        <h2>Members</h2>
        <span className="count">{members.length}</span>
      </header>
      <ul className="member-list">
        {members.map((m) => {
          const self = m.user.id === meId;
          const editable = !self && data.canEdit(m.role);
          return (
            <li key={m.id} className="member" data-testid="member-row">
              <Avatar user={m.user} />
              <div className="member-text">
                <strong>
                  {m.user.name} {self && <span className="muted">(you)</span>}
                </strong>
                <span className="muted small">{m.user.email}</span>
              </div>
              {editable ? (
                <select
                  aria-label={`Role of ${m.user.name}`}
                  value={m.role}
                  onChange={(e) => void data.changeRole(m.user.id, e.target.value as Role)}
                >
                  <Options values={data.assignable} labels={ROLE_LABEL} />
                </select>
              ) : (
                <span className="role-pill">{ROLE_LABEL[m.role]}</span>
              )}
              {(editable || self) &&
                (confirming === m.user.id ? (
                  <fieldset className="row" aria-label={self ? "Leave this workspace?" : `Remove ${m.user.name}?`}>
                    <button type="button" className="btn btn-danger btn-sm" onClick={() => void data.remove(m.user.id, self)}>
                      {self ? "Leave workspace" : `Remove ${m.user.name}`}
                    </button>
                    <button type="button" className="btn btn-ghost btn-sm" onClick={() => setConfirming(null)}>
                      {self ? "Stay" : "Keep"}
                    </button>
                  </fieldset>
                ) : (
                  <button type="button" className="btn btn-ghost btn-sm danger-text" onClick={() => setConfirming(m.user.id)}>
                    {self ? "Leave" : "Remove"}
                  </button>
                ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
