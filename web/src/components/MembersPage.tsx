import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { describeError } from "../errors";
import type { Role } from "../gql/graphql";
import { ChangeMemberRoleMutation, InviteMemberMutation, MembersQuery, RemoveMemberMutation } from "../graphql/members";
import { RenameWorkspaceMutation } from "../graphql/workspaces";
import { navigate } from "../router";
import { canManageMembers, canManageRole, ROLES } from "../tasks";
import { Avatar } from "./Avatar";
import { ErrorState, Spinner } from "./States";
import { useToast } from "./Toasts";

const roleLabel = (r: Role) => r.charAt(0) + r.slice(1).toLowerCase();

export function MembersPage({ workspaceId, me }: { workspaceId: string; me: { id: string } | null }) {
  const [result, reexecute] = useQuery({ query: MembersQuery, variables: { id: workspaceId } });
  const [, changeRole] = useMutation(ChangeMemberRoleMutation);
  const [, removeMember] = useMutation(RemoveMemberMutation);
  const toast = useToast();
  const ws = result.data?.workspace;

  if (result.fetching && !ws) return <Spinner label="Loading members" />;
  if (result.error && !ws) return <ErrorState error={result.error} retry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!ws) return null;

  const myRole = ws.myRole;
  const manage = canManageMembers(myRole);
  const assignable = ROLES.filter((r) => canManageRole(myRole, r));

  return (
    <div className="members-page">
      {myRole === "OWNER" && <RenameForm workspaceId={ws.id} name={ws.name} />}
      <section className="panel">
        <header className="panel-header">
          <h2>Members</h2>
          <span className="count">{ws.members.length}</span>
        </header>
        <ul className="member-list">
          {ws.members.map((m) => {
            const self = m.user.id === me?.id;
            const editable = manage && !self && canManageRole(myRole, m.role);
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
                    onChange={async (e) => {
                      const r = await changeRole({ input: { workspaceId: ws.id, userId: m.user.id, role: e.target.value as Role } });
                      if (r.error) toast(describeError(r.error));
                    }}
                  >
                    {assignable.map((r) => (
                      <option key={r} value={r}>
                        {roleLabel(r)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span className="role-pill">{roleLabel(m.role)}</span>
                )}
                {(editable || self) && (
                  <button
                    className="btn btn-ghost btn-sm danger-text"
                    onClick={async () => {
                      const r = await removeMember({ input: { workspaceId: ws.id, userId: m.user.id } });
                      if (r.error) return toast(describeError(r.error));
                      if (self) navigate("/");
                    }}
                  >
                    {self ? "Leave" : "Remove"}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      {manage && <InviteForm workspaceId={ws.id} roles={assignable} />}
      {ws.invitations.length > 0 && (
        <section className="panel">
          <header className="panel-header">
            <h2>Pending invitations</h2>
            <span className="count">{ws.invitations.length}</span>
          </header>
          <ul className="member-list">
            {ws.invitations.map((inv) => (
              <li key={inv.id} className="member">
                <span className="avatar avatar-empty" aria-hidden />
                <div className="member-text">
                  <strong>{inv.email}</strong>
                  <span className="muted small">Invited by {inv.invitedBy.name}</span>
                </div>
                <span className="role-pill">{roleLabel(inv.role)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function InviteForm({ workspaceId, roles }: { workspaceId: string; roles: Role[] }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("MEMBER");
  const [state, invite] = useMutation(InviteMemberMutation);
  const toast = useToast();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await invite({ input: { workspaceId, email: email.trim(), role } });
    if (r.error) return toast(describeError(r.error));
    toast(`Invitation sent to ${email.trim()}.`, "info");
    setEmail("");
  }
  return (
    <section className="panel">
      <header className="panel-header">
        <h2>Invite people</h2>
      </header>
      <form className="invite-form" onSubmit={submit}>
        <input type="email" required placeholder="name@company.com" aria-label="Email to invite" value={email} onChange={(e) => setEmail(e.target.value)} />
        <select aria-label="Role for the invitation" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r)}
            </option>
          ))}
        </select>
        <button className="btn btn-primary" disabled={state.fetching}>
          Send invite
        </button>
      </form>
    </section>
  );
}

function RenameForm({ workspaceId, name }: { workspaceId: string; name: string }) {
  const [value, setValue] = useState(name);
  const [state, rename] = useMutation(RenameWorkspaceMutation);
  const toast = useToast();
  return (
    <section className="panel">
      <header className="panel-header">
        <h2>Workspace name</h2>
      </header>
      <form
        className="invite-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await rename({ input: { workspaceId, name: value.trim() } });
          if (r.error) toast(describeError(r.error));
        }}
      >
        <input aria-label="Workspace name" value={value} onChange={(e) => setValue(e.target.value)} required />
        <button className="btn" disabled={state.fetching || value.trim() === name}>
          Rename
        </button>
      </form>
    </section>
  );
}
