import { describe, it } from "vitest";
import { Accept, board, expectError, Invite, rejects, WorkspaceById } from "./support/bad-input.js";
import { addMember, inviteToken, ok, request, signUp } from "./support/client.js";

// Bad member and invitation input (support/bad-input.ts): a clear code, and nothing written.

describe.concurrent("members and invitations", () => {
  rejects([
    {
      title: "inviting an existing member",
      code: "CONFLICT",
      run: (b) => request(Invite, { input: { workspaceId: b.workspace.id, email: b.owner.email, role: "VIEWER" } }, b.owner.token),
    },
    {
      title: "inviting an existing member by a differently cased email",
      code: "CONFLICT",
      run: (b) =>
        request(
          Invite,
          { input: { workspaceId: b.workspace.id, email: `  ${b.owner.email.toUpperCase()} `, role: "VIEWER" } },
          b.owner.token,
        ),
    },
    {
      title: "inviting a malformed email",
      code: "BAD_USER_INPUT",
      run: (b) => request(Invite, { input: { workspaceId: b.workspace.id, email: "not-an-email", role: "VIEWER" } }, b.owner.token),
    },
  ]);

  it("inviting a member who joined → CONFLICT, and nothing changes", async ({ expect }) => {
    const b = await board();
    const joined = await signUp("Joined");
    await addMember(b.owner, b.workspace.id, joined, "MEMBER");
    const before = await b.state();
    expectError(
      await request(Invite, { input: { workspaceId: b.workspace.id, email: joined.email, role: "ADMIN" } }, b.owner.token),
      "CONFLICT",
    );
    const after = await b.state();
    expect(after).toEqual(before);
    expect(after.mine.members.find((m) => m.user.id === joined.id)?.role).toBe("MEMBER");
  });

  it("accepting with a token that is not the invite link's → NOT_FOUND; the invitation stays pending for the link", async ({ expect }) => {
    const b = await board();
    const invitee = await signUp("Invitee");
    const { inviteMember } = await ok(
      Invite,
      { input: { workspaceId: b.workspace.id, email: invitee.email, role: "MEMBER" } },
      b.owner.token,
    );
    const before = await b.state();
    expect(before.mine.invitations).toEqual([{ id: inviteMember.id, email: invitee.email, role: "MEMBER", status: "PENDING" }]);

    const token = inviteToken(inviteMember.inviteUrl);
    // A near miss, the invitation's ID, an empty and an absurdly long token: all indistinguishable from no invitation.
    for (const wrong of [`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, inviteMember.id, "", "x".repeat(5000)]) {
      expectError(await request(Accept, { input: { token: wrong } }, b.stranger.token), "NOT_FOUND");
      expectError(await request(Accept, { input: { token: wrong } }, invitee.token), "NOT_FOUND");
    }
    const after = await b.state();
    expect(after).toEqual(before);
    expect(after.mine.members.map((m) => m.user.id)).not.toContain(b.stranger.id);
    expect((await ok(WorkspaceById, { id: b.workspace.id }, b.stranger.token)).workspace).toBeNull();

    // The link itself still works.
    expect((await ok(Accept, { input: { token } }, invitee.token)).acceptInvitation.status).toBe("ACCEPTED");
  });

  it("accepting an invitation twice → CONFLICT, and nothing changes", async ({ expect }) => {
    const b = await board();
    const invitee = await signUp("Invitee");
    const { inviteMember } = await ok(
      Invite,
      { input: { workspaceId: b.workspace.id, email: invitee.email, role: "VIEWER" } },
      b.owner.token,
    );
    await ok(Accept, { input: { token: inviteToken(inviteMember.inviteUrl) } }, invitee.token);
    const before = await b.state();
    expectError(await request(Accept, { input: { token: inviteToken(inviteMember.inviteUrl) } }, invitee.token), "CONFLICT");
    expect(await b.state()).toEqual(before);
  });

  it("a signed-out acceptInvitation → UNAUTHENTICATED, and nothing changes", async ({ expect }) => {
    const b = await board();
    const invitee = await signUp("Invitee");
    const { inviteMember } = await ok(
      Invite,
      { input: { workspaceId: b.workspace.id, email: invitee.email, role: "VIEWER" } },
      b.owner.token,
    );
    const before = await b.state();
    expectError(await request(Accept, { input: { token: inviteToken(inviteMember.inviteUrl) } }), "UNAUTHENTICATED");
    expect(await b.state()).toEqual(before);
  });
});
