import { useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { describeError } from "../../client/errors";
import type { Role } from "../../gql/graphql";
import { ChangeMemberRoleMutation, InviteMemberMutation, MembersQuery, RemoveMemberMutation } from "../../graphql/members";
import { RenameWorkspaceMutation, ResendInvitationMutation, RevokeInvitationMutation } from "../../graphql/workspaces";
import { navigate } from "../../router";
import { assignableRoles, can, canManageRole } from "@taskgraph/core";
import { Avatar } from "../shared/Avatar";
import { ErrorState, Spinner } from "../shared/States";
import { useToast } from "../shared/Toasts";

const roleLabel = (r: Role) => r.charAt(0) + r.slice(1).toLowerCase();

/** A link just issued by inviteMember or resendInvitation: the only time the page can show it. */
interface IssuedLink {
  email: string;
  url: string;
  emailSent: boolean;
}

export function MembersPage({ workspaceId, me }: { workspaceId: string; me: { id: string } | null }) {
  const [result, reexecute] = useQuery({ query: MembersQuery, variables: { id: workspaceId } });
  const [, changeRole] = useMutation(ChangeMemberRoleMutation);
  const [, removeMember] = useMutation(RemoveMemberMutation);
  const [resending, resend] = useMutation(ResendInvitationMutation);
  const [revoking, revoke] = useMutation(RevokeInvitationMutation);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const toast = useToast();
  const ws = result.data?.workspace;

  if (result.fetching && !ws) return <Spinner label="Loading members" />;
  if (result.error && !ws) return <ErrorState error={result.error} retry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!ws) return null;

  const myRole = ws.myRole;
  const manage = can(myRole, "manageMembers");
  const assignable = assignableRoles(myRole);
  // A revoked invitation stays in the cache with its new status until the list is refetched.
  const pending = ws.invitations.filter((inv) => inv.status === "PENDING");

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
      {manage && <InviteForm workspaceId={ws.id} roles={assignable} onIssued={setIssued} />}
      {issued && <InviteLinkPanel issued={issued} onClose={() => setIssued(null)} />}
      {pending.length > 0 && (
        <section className="panel">
          <header className="panel-header">
            <h2>Pending invitations</h2>
            <span className="count">{pending.length}</span>
          </header>
          <ul className="member-list">
            {pending.map((inv) => {
              const editable = manage && canManageRole(myRole, inv.role);
              return (
                <li key={inv.id} className="member" data-testid="invitation-row">
                  <span className="avatar avatar-empty" aria-hidden />
                  <div className="member-text">
                    <strong>{inv.email}</strong>
                    <span className="muted small">
                      Invited by {inv.invitedBy.name} ·{" "}
                      {inv.expired ? <span className="danger-text">link expired</span> : `link valid until ${new Date(inv.expiresAt).toLocaleDateString()}`}
                    </span>
                  </div>
                  <span className="role-pill">{roleLabel(inv.role)}</span>
                  {editable && (
                    <>
                      <button
                        className="btn btn-ghost btn-sm"
                        disabled={resending.fetching}
                        aria-label={`Resend invitation to ${inv.email}`}
                        onClick={async () => {
                          const r = await resend({ input: { invitationId: inv.id } });
                          const sent = r.data?.resendInvitation;
                          if (!sent?.inviteUrl) return toast(describeError(r.error));
                          setIssued({ email: sent.email, url: sent.inviteUrl, emailSent: !!sent.emailSent });
                        }}
                      >
                        Resend
                      </button>
                      <button
                        className="btn btn-ghost btn-sm danger-text"
                        disabled={revoking.fetching}
                        aria-label={`Revoke invitation to ${inv.email}`}
                        onClick={async () => {
                          const r = await revoke({ input: { invitationId: inv.id } });
                          if (r.error) return toast(describeError(r.error));
                          if (issued?.email === inv.email) setIssued(null);
                          toast(`Invitation to ${inv.email} revoked: its link no longer works.`, "info");
                        }}
                      >
                        Revoke
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The link that was just issued, to copy and send; shown once, as the server keeps only its hash. */
function InviteLinkPanel({ issued, onClose }: { issued: IssuedLink; onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(issued.url);
    } catch {
      // No clipboard permission (or an insecure origin): select it so Ctrl+C works.
      input.current?.select();
      document.execCommand?.("copy");
    }
    setCopied(true);
  }
  return (
    <section className="panel invite-link" aria-label="Invite link">
      <header className="panel-header">
        <h2>Invite link for {issued.email}</h2>
        <button className="icon-btn" aria-label="Close invite link" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="invite-form">
        <p className="muted small invite-link-note">
          {issued.emailSent
            ? `We emailed this link to ${issued.email}. You can also copy it and send it yourself.`
            : `Email isn't set up on this server: copy the link and send it to ${issued.email} yourself.`}{" "}
          Whoever opens it can join, and it is shown only now.
        </p>
        <input ref={input} readOnly aria-label="Invite link URL" value={issued.url} onFocus={(e) => e.target.select()} />
        <button className="btn btn-primary" onClick={copy}>
          {copied ? "Copied" : "Copy invite link"}
        </button>
      </div>
    </section>
  );
}

function InviteForm({ workspaceId, roles, onIssued }: { workspaceId: string; roles: Role[]; onIssued: (link: IssuedLink) => void }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("MEMBER");
  const [state, invite] = useMutation(InviteMemberMutation);
  const toast = useToast();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await invite({ input: { workspaceId, email: email.trim(), role } });
    const created = r.data?.inviteMember;
    if (!created?.inviteUrl) return toast(describeError(r.error));
    onIssued({ email: created.email, url: created.inviteUrl, emailSent: !!created.emailSent });
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
