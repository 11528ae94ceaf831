import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { addMember, createWorkspace, ok, refusal, Subscription, signUp, uniqueEmail, wsClient } from "./support/client.js";
import { AddComment, CreateTask, EditComment, SignUp, UpdateTask } from "./support/documents.js";

/** A user whose display name has a space, which mentions must match whole. */
async function signUpNamed(name: string) {
  const { signUp } = await ok(SignUp, { input: { email: uniqueEmail("named"), password: "correct horse battery", name } });
  return { token: signUp.token, ...signUp.user };
}
const Inbox = graphql(`
  query NotificationsInbox($unreadOnly: Boolean) {
    unreadNotificationCount
    notifications(unreadOnly: $unreadOnly) { edges { node { id kind read actor { name } task { title } comment { body } workspace { name } } } }
  }
`);
const MarkRead = graphql(`
  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { unreadCount notifications { id read } }
  }
`);
const RemoveMember = graphql(`
  mutation NotificationsRemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input)
  }
`);
const Added = graphql(`
  subscription NotificationsAdded {
    notificationAdded { id kind read actor { name } task { title } comment { body } }
  }
`);

async function trio() {
  const ann = await signUp("Ann");
  const bob = await signUpNamed("Bob Stone");
  const cy = await signUp("Cy");
  const ws = await createWorkspace(ann);
  await addMember(ann, ws.id, bob, "MEMBER");
  await addMember(ann, ws.id, cy, "VIEWER");
  const { createTask } = await ok(CreateTask, { input: { workspaceId: ws.id, title: "Launch" } }, ann.token);
  return { ann, bob, cy, ws, task: createTask };
}
const inbox = async (token: string, unreadOnly = false) => ok(Inbox, { unreadOnly }, token);

describe("notifications", () => {
  it("an @mention by name notifies the member (names with spaces, case-insensitive), not the author, not an email address", async () => {
    const { ann, bob, cy, task } = await trio();
    await ok(AddComment, { input: { taskId: task.id, body: "@bob stone and @Cy, see mail@Ann.example and @Ann" } }, ann.token);
    const bobs = await inbox(bob.token);
    expect(bobs.unreadNotificationCount).toBe(1);
    expect(bobs.notifications.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        kind: "MENTIONED",
        read: false,
        actor: { name: "Ann" },
        task: { title: "Launch" },
        comment: { body: expect.stringContaining("@bob stone") },
      }),
    ]);
    expect((await inbox(cy.token)).unreadNotificationCount).toBe(1);
    expect((await inbox(ann.token)).unreadNotificationCount).toBe(0);
    // "@Bobby" is not Bob.
    await ok(AddComment, { input: { taskId: task.id, body: "@Bob Stoneware" } }, ann.token);
    expect((await inbox(bob.token)).unreadNotificationCount).toBe(1);
  });

  it("edits notify only the newly mentioned; assignments notify the assignee unless they assigned themselves", async () => {
    const { ann, bob, cy, ws, task } = await trio();
    const { addComment } = await ok(AddComment, { input: { taskId: task.id, body: "@Bob Stone look" } }, ann.token);
    await ok(EditComment, { input: { id: addComment.id, body: "@Bob Stone look, @Cy too" } }, ann.token);
    expect((await inbox(bob.token)).unreadNotificationCount).toBe(1);
    expect((await inbox(cy.token)).unreadNotificationCount).toBe(1);
    await ok(UpdateTask, { input: { id: task.id, assigneeId: bob.id } }, ann.token);
    await ok(CreateTask, { input: { workspaceId: ws.id, title: "Also yours", assigneeId: bob.id } }, ann.token);
    await ok(CreateTask, { input: { workspaceId: ws.id, title: "Mine", assigneeId: bob.id } }, bob.token);
    const bobs = await inbox(bob.token);
    expect(bobs.unreadNotificationCount).toBe(3);
    expect(bobs.notifications.edges.map((e) => [e.node.kind, e.node.task.title])).toEqual([
      ["ASSIGNED", "Also yours"],
      ["ASSIGNED", "Launch"],
      ["MENTIONED", "Launch"],
    ]);
  });

  it("read and unread: mark some, mark all, mark unread again; someone else's IDs do nothing; bad input is refused", async () => {
    const { ann, bob, cy, task } = await trio();
    await ok(AddComment, { input: { taskId: task.id, body: "@Bob Stone 1" } }, ann.token);
    await ok(AddComment, { input: { taskId: task.id, body: "@Bob Stone 2 @Cy" } }, ann.token);
    const [second, first] = (await inbox(bob.token)).notifications.edges.map((e) => e.node.id);
    const cys = (await inbox(cy.token)).notifications.edges.map((e) => e.node.id);
    const marked = await ok(MarkRead, { input: { ids: [first!] } }, bob.token);
    expect(marked.markNotificationsRead).toEqual({ unreadCount: 1, notifications: [{ id: first, read: true }] });
    expect((await inbox(bob.token, true)).notifications.edges.map((e) => e.node.id)).toEqual([second]);
    // Bob cannot touch Cy's.
    expect((await ok(MarkRead, { input: { ids: cys } }, bob.token)).markNotificationsRead.notifications).toEqual([]);
    expect((await inbox(cy.token)).unreadNotificationCount).toBe(1);
    expect((await ok(MarkRead, { input: { all: true } }, bob.token)).markNotificationsRead.unreadCount).toBe(0);
    expect((await ok(MarkRead, { input: { ids: [second!], read: false } }, bob.token)).markNotificationsRead.unreadCount).toBe(1);
    expect((await refusal(MarkRead, { input: {} }, bob.token)).code).toBe("BAD_USER_INPUT");
    expect((await refusal(MarkRead, { input: { all: true, ids: [second!] } }, bob.token)).code).toBe("BAD_USER_INPUT");
    expect((await refusal(MarkRead, { input: { ids: [task.id] } }, bob.token)).code).toBe("BAD_USER_INPUT");
    expect((await refusal(MarkRead, { input: { all: true } })).code).toBe("UNAUTHENTICATED");
    expect((await refusal(Inbox, { unreadOnly: false })).code).toBe("UNAUTHENTICATED");
    expect((await inbox(bob.token)).unreadNotificationCount).toBe(1);
  });

  it("arrive live to their recipient only, and leave the inbox when the recipient leaves the workspace", async () => {
    const { ann, bob, cy, ws, task } = await trio();
    const bobClient = wsClient(bob.token);
    const cyClient = wsClient(cy.token);
    const bobs = new Subscription(bobClient, Added, {});
    const cys = new Subscription(cyClient, Added, {});
    await new Promise((r) => setTimeout(r, 300));
    try {
      await ok(AddComment, { input: { taskId: task.id, body: "Hey @Bob Stone" } }, ann.token);
      await ok(UpdateTask, { input: { id: task.id, assigneeId: bob.id } }, ann.token);
      const live = await bobs.waitFor(2);
      expect(
        live.map((d) => [d.notificationAdded.kind, d.notificationAdded.actor.name, d.notificationAdded.comment?.body ?? null]),
      ).toEqual([
        ["MENTIONED", "Ann", "Hey @Bob Stone"],
        ["ASSIGNED", "Ann", null],
      ]);
      await new Promise((r) => setTimeout(r, 200));
      expect(cys.results).toEqual([]);
      await ok(RemoveMember, { input: { workspaceId: ws.id, userId: bob.id } }, ann.token);
      expect((await inbox(bob.token)).unreadNotificationCount).toBe(0);
    } finally {
      bobs.dispose();
      cys.dispose();
      await bobClient.dispose();
      await cyClient.dispose();
    }
  });
});
