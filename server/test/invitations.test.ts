import type { AddressInfo } from "node:net";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { graphql } from "./gql/index.js";
import {
  createWorkspace,
  inviteToken,
  ok,
  type Result,
  request,
  signUp,
  type TestUser,
  team,
  uniqueEmail,
  workspaceState,
} from "./support/client.js";
import { SignUp } from "./support/documents.js";
import { serverOnOwnDatabase } from "./support/instances.js";
import type { ServerProcess } from "./support/server-process.js";

const Invite = graphql(`
  mutation InvInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) { id email role status inviteUrl emailSent expired }
  }
`);
const Resend = graphql(`
  mutation InvResend($input: InvitationIdInput!) { resendInvitation(input: $input) { id status inviteUrl } }
`);
const Revoke = graphql(`
  mutation InvRevoke($input: InvitationIdInput!) { revokeInvitation(input: $input) { id status inviteUrl } }
`);
const Decline = graphql(`
  mutation InvDecline($input: DeclineInvitationInput!) { declineInvitation(input: $input) { id status } }
`);
const Accept = graphql(`
  mutation InvAccept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { id status role inviteUrl workspace { id myRole } }
  }
`);
const ByToken = graphql(`
  query InvByToken($token: String!) {
    invitation(token: $token) { id email role status expired workspaceName invitedBy { name } workspace { id } inviteUrl }
  }
`);
const Mine = graphql(`
  query InvMine { myInvitations { id workspaceName role inviteUrl } }
`);
const Pending = graphql(`
  query InvPending($id: ID!) { workspace(id: $id) { invitations { id inviteUrl } } }
`);
const InvitationNode = graphql(`
  query InvNode($id: ID!) { node(id: $id) { ... on Invitation { id status inviteUrl } } }
`);
const Log = graphql(`
  query InvLog($id: ID!) { workspace(id: $id) { events(since: 0, first: 500) { events { action entityType metadata actor { id } } } } }
`);

function refusal<T>(result: Result<T>) {
  expect(result.data ?? null, JSON.stringify(result)).toBeNull();
  return { code: result.errors?.[0]!.extensions?.code, reason: result.errors?.[0]!.extensions?.reason };
}

const tokenLink = /\/invite\/tgi_[A-Za-z0-9_-]{43}$/;

async function log(user: TestUser, workspaceId: string) {
  const { workspace } = await ok(Log, { id: workspaceId }, user.token);
  return workspace!.events.events;
}

describe("invite links: accepting needs the link, not just the email", () => {
  it("a user who signs up with the invited email cannot accept without the link; whoever holds the link can", async () => {
    const owner = await signUp("Owner");
    const workspace = await createWorkspace(owner, "Payroll");
    // Invited before they have an account, as an ADMIN.
    const email = uniqueEmail("newhire");
    const { inviteMember } = await ok(Invite, { input: { workspaceId: workspace.id, email, role: "ADMIN" } }, owner.token);
    const before = await workspaceState(owner, workspace.id);

    // Anyone can sign up with that address (nothing verifies it) and see the invitation listed...
    const squatter = await ok(SignUp, { input: { email, password: "tiramisu on a tuesday", name: "Squatter" } });
    const listed = await ok(Mine, {}, squatter.signUp.token);
    expect(listed.myInvitations.map((i) => i.id)).toEqual([inviteMember.id]);
    expect(listed.myInvitations[0]!.inviteUrl).toBeNull();

    // ...but the invitation's ID is no longer a way in, and neither is a guess.
    // The old way, sent raw: the schema no longer has it, so codegen could not type it.
    const oldAccept = parse(`mutation($id: ID!) { acceptInvitation(input: { invitationId: $id }) { id } }`) as TypedDocumentNode<
      unknown,
      { id: string }
    >;
    const byId = await request(oldAccept, { id: inviteMember.id }, squatter.signUp.token);
    expect(refusal(byId).code).toBe("BAD_USER_INPUT");
    for (const guess of [inviteMember.id, `tgi_${"A".repeat(43)}`, email]) {
      expect(refusal(await request(Accept, { input: { token: guess } }, squatter.signUp.token)).code).toBe("NOT_FOUND");
    }
    expect(await workspaceState(owner, workspace.id)).toEqual(before);
    expect((await request(Pending, { id: workspace.id }, squatter.signUp.token)).data?.workspace).toBeNull();

    // The person the link reached joins with the invited role, whatever address their account has.
    const newhire = await signUp("Newhire");
    const { acceptInvitation } = await ok(Accept, { input: { token: inviteToken(inviteMember.inviteUrl) } }, newhire.token);
    expect(acceptInvitation).toMatchObject({
      status: "ACCEPTED",
      role: "ADMIN",
      inviteUrl: null,
      workspace: { id: workspace.id, myRole: "ADMIN" },
    });
    const joined = (await log(owner, workspace.id)).at(-1)!;
    expect(joined).toMatchObject({ action: "MEMBER_JOINED", actor: { id: newhire.id }, metadata: { role: "ADMIN" } });
  });

  it("the link is shown only in the inviteMember response; inviting again replaces it and the old link stops working", async () => {
    const { owner, admin, workspace } = await team();
    const email = uniqueEmail("invitee");
    const first = (await ok(Invite, { input: { workspaceId: workspace.id, email, role: "MEMBER" } }, owner.token)).inviteMember;
    expect(first).toMatchObject({ status: "PENDING", expired: false, emailSent: false });
    expect(first.inviteUrl).toMatch(tokenLink);

    // No other path reads it back: the server stores only a hash.
    expect(
      (await ok(Pending, { id: workspace.id }, admin.token)).workspace!.invitations.find((i) => i.id === first.id)?.inviteUrl,
    ).toBeNull();
    expect((await ok(InvitationNode, { id: first.id }, owner.token)).node).toEqual({ id: first.id, status: "PENDING", inviteUrl: null });

    const second = (await ok(Invite, { input: { workspaceId: workspace.id, email, role: "VIEWER" } }, admin.token)).inviteMember;
    expect(second.id).toBe(first.id);
    expect(second.inviteUrl).toMatch(tokenLink);
    expect(second.inviteUrl).not.toBe(first.inviteUrl);

    const invitee = await signUp("Invitee");
    const beforeOld = await workspaceState(owner, workspace.id);
    expect(refusal(await request(Accept, { input: { token: inviteToken(first.inviteUrl) } }, invitee.token)).code).toBe("NOT_FOUND");
    expect(await workspaceState(owner, workspace.id)).toEqual(beforeOld);
    expect((await ok(Accept, { input: { token: inviteToken(second.inviteUrl) } }, invitee.token)).acceptInvitation.role).toBe("VIEWER");
  });

  it("invitation(token) tells a signed-out visitor the workspace, inviter and role; an unknown token tells nothing", async () => {
    const owner = await signUp("Olga");
    const workspace = await createWorkspace(owner, "Moonshot");
    const { inviteMember } = await ok(
      Invite,
      { input: { workspaceId: workspace.id, email: uniqueEmail("x"), role: "MEMBER" } },
      owner.token,
    );
    const token = inviteToken(inviteMember.inviteUrl);
    expect((await ok(ByToken, { token })).invitation).toEqual({
      id: inviteMember.id,
      email: inviteMember.email,
      role: "MEMBER",
      status: "PENDING",
      expired: false,
      workspaceName: "Moonshot",
      invitedBy: { name: "Olga" },
      workspace: null,
      inviteUrl: null,
    });
    for (const unknown of [`tgi_${"B".repeat(43)}`, "", inviteMember.id])
      expect((await ok(ByToken, { token: unknown })).invitation).toBeNull();
  });

  it("accepting twice, or as a member already, is a CONFLICT and writes nothing", async () => {
    const { owner, member, workspace } = await team();
    const joiner = await signUp("Joiner");
    const { inviteMember } = await ok(Invite, { input: { workspaceId: workspace.id, email: joiner.email, role: "MEMBER" } }, owner.token);
    const token = inviteToken(inviteMember.inviteUrl);
    const before = await workspaceState(owner, workspace.id);
    expect(refusal(await request(Accept, { input: { token } }, member.token))).toEqual({ code: "CONFLICT", reason: "ALREADY_MEMBER" });
    expect(await workspaceState(owner, workspace.id)).toEqual(before);
    await ok(Accept, { input: { token } }, joiner.token);
    const after = await workspaceState(owner, workspace.id);
    const outsider = await signUp("Late");
    expect(refusal(await request(Accept, { input: { token } }, outsider.token))).toEqual({ code: "CONFLICT", reason: "ACCEPTED" });
    expect(await workspaceState(owner, workspace.id)).toEqual(after);
  });
});

describe("revoking, resending and declining", () => {
  it("admins revoke invitations below their role; the link then answers CONFLICT (REVOKED) and nothing more is written", async () => {
    const { owner, admin, member, outsider, workspace } = await team();
    const forMember = (await ok(Invite, { input: { workspaceId: workspace.id, email: uniqueEmail("m"), role: "MEMBER" } }, owner.token))
      .inviteMember;
    const forAdmin = (await ok(Invite, { input: { workspaceId: workspace.id, email: uniqueEmail("a"), role: "ADMIN" } }, owner.token))
      .inviteMember;
    const before = await workspaceState(owner, workspace.id);
    expect(refusal(await request(Revoke, { input: { invitationId: forMember.id } }, member.token)).code).toBe("FORBIDDEN");
    expect(refusal(await request(Revoke, { input: { invitationId: forAdmin.id } }, admin.token)).code).toBe("FORBIDDEN");
    expect(refusal(await request(Revoke, { input: { invitationId: forMember.id } }, outsider.token)).code).toBe("NOT_FOUND");
    expect(refusal(await request(Revoke, { input: { invitationId: forMember.id } })).code).toBe("UNAUTHENTICATED");
    expect(await workspaceState(owner, workspace.id)).toEqual(before);

    expect((await ok(Revoke, { input: { invitationId: forMember.id } }, admin.token)).revokeInvitation).toEqual({
      id: forMember.id,
      status: "REVOKED",
      inviteUrl: null,
    });
    const revoked = await workspaceState(owner, workspace.id);
    expect(revoked.invitations.map((i) => i.id)).toEqual([forAdmin.id]);
    expect(revoked.version).toBe(before.version + 1);
    expect((await log(owner, workspace.id)).at(-1)).toMatchObject({
      action: "INVITATION_REVOKED",
      entityType: "Invitation",
      actor: { id: admin.id },
      metadata: { role: "MEMBER" },
    });

    const taker = await signUp("Taker");
    expect(refusal(await request(Accept, { input: { token: inviteToken(forMember.inviteUrl) } }, taker.token))).toEqual({
      code: "CONFLICT",
      reason: "REVOKED",
    });
    expect(refusal(await request(Revoke, { input: { invitationId: forMember.id } }, owner.token))).toEqual({
      code: "CONFLICT",
      reason: "REVOKED",
    });
    expect(refusal(await request(Resend, { input: { invitationId: forMember.id } }, owner.token))).toEqual({
      code: "CONFLICT",
      reason: "REVOKED",
    });
    expect(await workspaceState(owner, workspace.id)).toEqual(revoked);
    expect((await ok(ByToken, { token: inviteToken(forMember.inviteUrl) })).invitation?.status).toBe("REVOKED");
  });

  it("an accept racing a revoke: exactly one wins, and the workspace agrees with the answer", async () => {
    const { owner, workspace } = await team();
    for (let round = 0; round < 3; round++) {
      const joiner = await signUp("Racer");
      const { inviteMember } = await ok(Invite, { input: { workspaceId: workspace.id, email: joiner.email, role: "MEMBER" } }, owner.token);
      const [accepted, revoked] = await Promise.all([
        request(Accept, { input: { token: inviteToken(inviteMember.inviteUrl) } }, joiner.token),
        request(Revoke, { input: { invitationId: inviteMember.id } }, owner.token),
      ]);
      const state = await workspaceState(owner, workspace.id);
      const joined = state.members.some((m) => m.user.id === joiner.id);
      if (accepted.data) {
        expect(refusal(revoked)).toEqual({ code: "CONFLICT", reason: "ACCEPTED" });
        expect(joined).toBe(true);
      } else {
        expect(refusal(accepted)).toEqual({ code: "CONFLICT", reason: "REVOKED" });
        expect(revoked.data?.revokeInvitation.status).toBe("REVOKED");
        expect(joined).toBe(false);
      }
      expect(state.invitations.map((i) => i.id)).not.toContain(inviteMember.id);
    }
  });

  it("resending issues a new link and kills the old one; only managers of that role may", async () => {
    const { owner, admin, member, workspace } = await team();
    const sent = (await ok(Invite, { input: { workspaceId: workspace.id, email: uniqueEmail("r"), role: "MEMBER" } }, owner.token))
      .inviteMember;
    const forOwner = (await ok(Invite, { input: { workspaceId: workspace.id, email: uniqueEmail("o"), role: "OWNER" } }, owner.token))
      .inviteMember;
    const before = await workspaceState(owner, workspace.id);
    expect(refusal(await request(Resend, { input: { invitationId: sent.id } }, member.token)).code).toBe("FORBIDDEN");
    expect(refusal(await request(Resend, { input: { invitationId: forOwner.id } }, admin.token)).code).toBe("FORBIDDEN");
    expect(await workspaceState(owner, workspace.id)).toEqual(before);

    const { resendInvitation } = await ok(Resend, { input: { invitationId: sent.id } }, admin.token);
    expect(resendInvitation.inviteUrl).toMatch(tokenLink);
    expect(resendInvitation.inviteUrl).not.toBe(sent.inviteUrl);
    expect((await log(owner, workspace.id)).at(-1)).toMatchObject({ action: "MEMBER_INVITED", metadata: { resent: true, role: "MEMBER" } });
    const invitee = await signUp("Resent");
    expect(refusal(await request(Accept, { input: { token: inviteToken(sent.inviteUrl) } }, invitee.token)).code).toBe("NOT_FOUND");
    expect((await ok(Accept, { input: { token: inviteToken(resendInvitation.inviteUrl) } }, invitee.token)).acceptInvitation.status).toBe(
      "ACCEPTED",
    );
  });

  it("the invitee declines from myInvitations or through the link; strangers cannot, and a declined link is a CONFLICT", async () => {
    const { owner, outsider, workspace } = await team();
    const invitee = await signUp("Decliner");
    const byList = (await ok(Invite, { input: { workspaceId: workspace.id, email: invitee.email, role: "MEMBER" } }, owner.token))
      .inviteMember;
    const byLink = (
      await ok(Invite, { input: { workspaceId: workspace.id, email: uniqueEmail("elsewhere"), role: "VIEWER" } }, owner.token)
    ).inviteMember;
    const before = await workspaceState(owner, workspace.id);
    // Someone else's invitation by ID is indistinguishable from none; giving both or neither is the caller's mistake.
    expect(refusal(await request(Decline, { input: { invitationId: byList.id } }, outsider.token)).code).toBe("NOT_FOUND");
    expect(
      refusal(await request(Decline, { input: { invitationId: byList.id, token: inviteToken(byLink.inviteUrl) } }, invitee.token)).code,
    ).toBe("BAD_USER_INPUT");
    expect(refusal(await request(Decline, { input: {} }, invitee.token)).code).toBe("BAD_USER_INPUT");
    expect(refusal(await request(Decline, { input: { token: "tgi_nope" } }, invitee.token)).code).toBe("NOT_FOUND");
    expect(await workspaceState(owner, workspace.id)).toEqual(before);

    expect((await ok(Decline, { input: { invitationId: byList.id } }, invitee.token)).declineInvitation.status).toBe("DECLINED");
    expect((await ok(Mine, {}, invitee.token)).myInvitations.map((i) => i.id)).not.toContain(byList.id);
    expect((await ok(Decline, { input: { token: inviteToken(byLink.inviteUrl) } }, outsider.token)).declineInvitation.status).toBe(
      "DECLINED",
    );
    const declined = await workspaceState(owner, workspace.id);
    expect(declined.invitations).toEqual([]);
    expect((await log(owner, workspace.id)).slice(-2).map((e) => [e.action, (e.actor as { id: string }).id])).toEqual([
      ["INVITATION_DECLINED", invitee.id],
      ["INVITATION_DECLINED", outsider.id],
    ]);
    expect(refusal(await request(Accept, { input: { token: inviteToken(byList.inviteUrl) } }, invitee.token))).toEqual({
      code: "CONFLICT",
      reason: "DECLINED",
    });
    expect(refusal(await request(Decline, { input: { invitationId: byList.id } }, invitee.token))).toEqual({
      code: "CONFLICT",
      reason: "DECLINED",
    });
    expect(await workspaceState(owner, workspace.id)).toEqual(declined);
  });
});

const WorkspaceHere = graphql(`mutation InvWorkspaceHere($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`);

/** A user and a workspace on a server of the test's own. */
async function ownerOn(url: string, workspaceName: string, ownerName = "Owner") {
  const owner = (
    await ok(SignUp, { input: { email: uniqueEmail("owner"), password: "tiramisu on a tuesday", name: ownerName } }, undefined, url)
  ).signUp;
  const ws = (await ok(WorkspaceHere, { input: { name: workspaceName } }, owner.token, url)).createWorkspace;
  return { owner, ws };
}

describe("expiry, and the link in the log when no mail server is configured", () => {
  let server: ServerProcess;
  const lines: string[] = [];

  beforeAll(async () => {
    // 0.001 h = 3.6 s stands in for the 168 h default.
    server = await serverOnOwnDatabase({ INVITATION_TTL_HOURS: "0.001", PUBLIC_URL: "https://tasks.example/" });
    server.process.stdout!.on("data", (chunk) => lines.push(...String(chunk).split("\n")));
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("logs the link at info instead of emailing it; an expired link is a CONFLICT (EXPIRED) that writes nothing; resending renews it", async () => {
    const url = server.url;
    const { owner, ws } = await ownerOn(url, "Short-lived");
    const invitee = (
      await ok(SignUp, { input: { email: uniqueEmail("late"), password: "tiramisu on a tuesday", name: "Late" } }, undefined, url)
    ).signUp;
    const { inviteMember } = await ok(
      Invite,
      { input: { workspaceId: ws.id, email: invitee.user.email, role: "MEMBER" } },
      owner.token,
      url,
    );
    expect(inviteMember.inviteUrl).toMatch(/^https:\/\/tasks\.example\/invite\/tgi_/);
    expect(inviteMember.emailSent).toBe(false);
    // The server's stdout is a separate pipe from its HTTP answer: under load the line can arrive just after it.
    const loggedLines = () => lines.filter((l) => l.includes(inviteMember.inviteUrl!)).map((l) => JSON.parse(l));
    await vi.waitFor(() => expect(loggedLines()).toHaveLength(1), { timeout: 5_000 });
    const logged = loggedLines();
    expect(logged[0]).toMatchObject({ level: 30, email: invitee.user.email });
    const token = inviteToken(inviteMember.inviteUrl);

    await new Promise((resolve) => setTimeout(resolve, 3_800));
    const state = async () => (await ok(Log, { id: ws.id }, owner.token, url)).workspace!.events.events;
    const before = await state();
    expect(refusal(await request(Accept, { input: { token } }, invitee.token, url))).toEqual({ code: "CONFLICT", reason: "EXPIRED" });
    expect(refusal(await request(Decline, { input: { token } }, invitee.token, url))).toEqual({ code: "CONFLICT", reason: "EXPIRED" });
    expect(await state()).toEqual(before);
    expect((await ok(Mine, {}, invitee.token, url)).myInvitations).toEqual([]);
    expect((await ok(ByToken, { token }, undefined, url)).invitation?.expired).toBe(true);

    const { resendInvitation } = await ok(Resend, { input: { invitationId: inviteMember.id } }, owner.token, url);
    const { acceptInvitation } = await ok(Accept, { input: { token: inviteToken(resendInvitation.inviteUrl) } }, invitee.token, url);
    expect(acceptInvitation.status).toBe("ACCEPTED");
  });
});

describe("invite emails (SMTP_URL)", () => {
  const inbox: { from: string; to: string[]; raw: string }[] = [];
  let smtp: SMTPServer;
  let server: ServerProcess;

  beforeAll(async () => {
    // A real SMTP receiver: nodemailer in the server speaks SMTP to it over TCP.
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (chunk) => (raw += String(chunk)));
        stream.on("end", () => {
          inbox.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const { port } = smtp.server.address() as AddressInfo;
    server = await serverOnOwnDatabase({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: "Taskgraph <invites@tasks.example>",
      PUBLIC_URL: "https://tasks.example",
    });
  });
  afterAll(async () => {
    await server?.stop();
    await new Promise<void>((resolve) => (smtp.server.listening ? smtp.close(() => resolve()) : resolve()));
  });

  it("emails the invitee the same link the inviter sees, and that link works; names are escaped in the HTML", async () => {
    const { owner, ws } = await ownerOn(server.url, "Q3 <script>alert(1)</script>", "Olga <b>Owner</b>");
    const email = uniqueEmail("mailed");
    const { inviteMember } = await ok(Invite, { input: { workspaceId: ws.id, email, role: "ADMIN" } }, owner.token, server.url);
    expect(inviteMember.emailSent).toBe(true);
    expect(inviteMember.inviteUrl).toMatch(/^https:\/\/tasks\.example\/invite\/tgi_/);

    const mail = inbox.find((m) => m.to.includes(email));
    expect(mail?.from).toBe("invites@tasks.example");
    const body = decodeQuotedPrintable(mail!.raw).replace(/\r\n/g, "\n");
    // Headers are folded at 78 characters: unfold them the way mail clients do.
    const headers = body.slice(0, body.indexOf("\n\n")).replace(/\n[ \t]+/g, " ");
    expect(headers).toMatch(/^Subject: Olga <b>Owner<\/b> invited you to Q3 <script>alert\(1\)<\/script> on Taskgraph$/m);
    expect(body).toContain(`Accept or decline: ${inviteMember.inviteUrl}`);
    expect(body).toContain(`<a href="${inviteMember.inviteUrl}">`);
    expect(body).toContain("Q3 &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(body).not.toContain("<strong>Q3 <script>");

    const invitee = (
      await ok(SignUp, { input: { email: uniqueEmail("other"), password: "tiramisu on a tuesday", name: "Ivy" } }, undefined, server.url)
    ).signUp;
    const { acceptInvitation } = await ok(
      Accept,
      { input: { token: inviteToken(body.match(/Accept or decline: (\S+)/)![1]) } },
      invitee.token,
      server.url,
    );
    expect(acceptInvitation).toMatchObject({ status: "ACCEPTED", role: "ADMIN", workspace: { id: ws.id } });
  });

  it("when the mail server is down the invitation still stands and the inviter gets the link to share (emailSent: false)", async () => {
    const { owner, ws } = await ownerOn(server.url, "Offline");
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    const { inviteMember } = await ok(
      Invite,
      { input: { workspaceId: ws.id, email: uniqueEmail("unmailed"), role: "MEMBER" } },
      owner.token,
      server.url,
    );
    expect(inviteMember).toMatchObject({ status: "PENDING", emailSent: false });
    expect(inviteMember.inviteUrl).toMatch(/^https:\/\/tasks\.example\/invite\/tgi_/);
  });
});

/** Undoes the transfer encoding nodemailer picks for long lines, so the test reads what a mail client shows. */
function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
