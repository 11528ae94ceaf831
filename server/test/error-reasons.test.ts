import { describe, expect, it } from "vitest";
import { ok, refusal, signUp, team } from "./support/client.js";
import { ChangeMemberRole, CreateTask, Redo, RemoveMember, SignIn, SignUp, Undo, UpdateTask } from "./support/documents.js";

// Clients switch on extensions.reason (src/errors.ts), never on message text: each refusal names its own.
describe("every refusal carries a stable reason beside its code", () => {
  it("undo and redo with nothing to undo or redo", async () => {
    const { member, workspace } = await team();
    expect(await refusal(Undo, { input: { workspaceId: workspace.id } }, member.token)).toEqual({
      code: "CONFLICT",
      reason: "NOTHING_TO_UNDO",
    });
    expect(await refusal(Redo, { input: { workspaceId: workspace.id } }, member.token)).toEqual({
      code: "CONFLICT",
      reason: "NOTHING_TO_REDO",
    });
  });

  it("a stale expectedVersion, a task placed in a role that may not, an ID of the wrong type", async () => {
    const { member, viewer, workspace } = await team();
    const { createTask } = await ok(CreateTask, { input: { workspaceId: workspace.id, title: "Ship" } }, member.token);
    await ok(UpdateTask, { input: { id: createTask.id, title: "Ship it" } }, member.token);
    expect(
      await refusal(UpdateTask, { input: { id: createTask.id, title: "Late", expectedVersion: createTask.version } }, member.token),
    ).toEqual({ code: "CONFLICT", reason: "STALE_VERSION" });
    expect(await refusal(CreateTask, { input: { workspaceId: workspace.id, title: "No" } }, viewer.token)).toEqual({
      code: "FORBIDDEN",
      reason: "ROLE_TOO_LOW",
    });
    expect(await refusal(CreateTask, { input: { workspaceId: createTask.id, title: "No" } }, member.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "INVALID_ID",
    });
    expect(await refusal(CreateTask, { input: { workspaceId: workspace.id, title: "  " } }, member.token)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "EMPTY_TEXT",
    });
  });

  it("the last owner, a role out of an admin's reach, a workspace hidden from non-members", async () => {
    const { owner, admin, outsider, workspace } = await team();
    expect(await refusal(RemoveMember, { input: { workspaceId: workspace.id, userId: owner.id } }, owner.token)).toEqual({
      code: "CONFLICT",
      reason: "LAST_OWNER",
    });
    expect(
      await refusal(ChangeMemberRole, { input: { workspaceId: workspace.id, userId: owner.id, role: "MEMBER" } }, admin.token),
    ).toEqual({ code: "FORBIDDEN", reason: "ROLE_OUT_OF_REACH" });
    expect(await refusal(CreateTask, { input: { workspaceId: workspace.id, title: "Peek" } }, outsider.token)).toEqual({
      code: "NOT_FOUND",
      reason: "NOT_FOUND",
    });
  });

  it("sign-up with a taken email, sign-in with a wrong password, a request without a session", async () => {
    const user = await signUp("Taken");
    expect(await refusal(SignUp, { input: { email: user.email, password: "another horse battery", name: "Twin" } })).toEqual({
      code: "BAD_USER_INPUT",
      reason: "EMAIL_TAKEN",
    });
    expect(await refusal(SignIn, { input: { email: user.email, password: "not the password" } })).toEqual({
      code: "UNAUTHENTICATED",
      reason: "WRONG_CREDENTIALS",
    });
    expect(await refusal(Undo, { input: { workspaceId: "V29ya3NwYWNlOjE=" } })).toEqual({
      code: "UNAUTHENTICATED",
      reason: "SIGN_IN_REQUIRED",
    });
  });
});
