import { SyncPanel } from "../repository/SyncPanel";
import { ErrorState, Spinner } from "../shared/States";
import { InviteForm } from "./InviteForm";
import { InviteLinkPanel } from "./InviteLinkPanel";
import { MemberList } from "./MemberList";
import { PendingInvitations } from "./PendingInvitations";
import { RenameWorkspaceForm } from "./RenameWorkspaceForm";
import { useMembers } from "./useMembers";

/** The workspace's people: its name (owners), members, invitations, and the invite form. */
export function MembersPage({ workspaceId, me }: { workspaceId: string; me: { id: string } | null }) {
  const data = useMembers(workspaceId);
  const { result, workspace: ws, issued } = data;

  if (result.fetching && !ws) return <Spinner label="Loading members" />;
  if (result.error && !ws) return <ErrorState error={result.error} retry={data.retry} />;
  if (!ws) return null;

  return (
    <div className="members-page">
      {data.myRole === "OWNER" && <RenameWorkspaceForm workspaceId={ws.id} name={ws.name} />}
      <MemberList members={ws.members} meId={me?.id} data={data} />
      {data.manage && <InviteForm workspaceId={ws.id} roles={data.assignable} onIssued={data.setIssued} />}
      {issued && <InviteLinkPanel issued={issued} onClose={() => data.setIssued(null)} />}
      <PendingInvitations data={data} />
      <SyncPanel workspaceId={ws.id} />
    </div>
  );
}
