import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import {
  addMember,
  ok,
  type Result,
  request,
  Subscription,
  signUp,
  team,
  uniqueEmail,
  workspaceState,
  wsClient,
} from "./support/client.js";
import { ChangeMemberRole, CreateTask, DeleteTask, MoveTask, RemoveMember, UpdateTask } from "./support/documents.js";

// The role matrix: every role against every workspace mutation. Allowed calls must take effect (one new log
// entry each); denied calls must fail with the exact code and leave the workspace exactly as it was.

const MyRole = graphql(`
  query RolesMyRole($id: ID!) {
    workspace(id: $id) { id myRole tasks(first: 10) { totalCount } }
  }
`);

const Rename = graphql(`
  mutation RolesRename($input: RenameWorkspaceInput!) {
    renameWorkspace(input: $input) { id name version }
  }
`);

const Invite = graphql(`
  mutation RolesInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) { id email role status }
  }
`);

const TaskChanged = graphql(`
  subscription RolesTaskChanged($workspaceId: ID!) {
    taskChanged(workspaceId: $workspaceId) { kind version task { id title } }
  }
`);

type Actor = "OWNER" | "ADMIN" | "MEMBER" | "VIEWER" | "outsider" | "signed-out";
type Code = "FORBIDDEN" | "NOT_FOUND" | "UNAUTHENTICATED" | "BAD_USER_INPUT" | "CONFLICT";
type Snap = NonNullable<Awaited<ReturnType<typeof workspaceState>>>;

/** Asserts a request failed with exactly this code, a message, and no data. */
function expectError(result: Result<unknown>, code: Code) {
  expect(result.errors, `expected ${code}, got data ${JSON.stringify(result.data)}`).toBeDefined();
  expect(result.errors![0]!.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  expect(result.errors![0]!.message).toEqual(expect.any(String));
  expect(result.errors![0]!.message.length).toBeGreaterThan(0);
  expect(result.data ?? null).toBeNull();
}

function expectSuccess(result: Result<unknown>) {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data).toBeTruthy();
}

/** A team, one more VIEWER to be the target of member management, and a task to act on. */
async function arena() {
  const t = await team();
  const target = await signUp("Target");
  await addMember(t.owner, t.workspace.id, target, "VIEWER");
  const { createTask } = await ok(CreateTask, { input: { workspaceId: t.workspace.id, title: "Existing task" } }, t.owner.token);
  const tokens: Record<Actor, string | undefined> = {
    OWNER: t.owner.token,
    ADMIN: t.admin.token,
    MEMBER: t.member.token,
    VIEWER: t.viewer.token,
    outsider: t.outsider.token,
    "signed-out": undefined,
  };
  return { ...t, target, task: createTask, tokens };
}

type Arena = Awaited<ReturnType<typeof arena>>;

interface MutationCase {
  run(a: Arena, token: string | undefined): Promise<Result<unknown>>;
  /** What an allowed call must have changed. */
  verify(a: Arena, before: Snap, after: Snap): void;
}

const taskOf = (s: Snap, id: string) => s.tasks.edges.map((e) => e.node).find((n) => n.id === id);

const mutations: Record<string, MutationCase> = {
  renameWorkspace: {
    run: (a, token) => request(Rename, { input: { workspaceId: a.workspace.id, name: "Renamed" } }, token),
    verify: (_a, _before, after) => expect(after.name).toBe("Renamed"),
  },
  inviteMember: {
    run: (a, token) => request(Invite, { input: { workspaceId: a.workspace.id, email: "invitee@example.com", role: "VIEWER" } }, token),
    verify: (_a, _before, after) =>
      expect(after.invitations).toContainEqual(
        expect.objectContaining({ email: "invitee@example.com", role: "VIEWER", status: "PENDING" }),
      ),
  },
  changeMemberRole: {
    run: (a, token) => request(ChangeMemberRole, { input: { workspaceId: a.workspace.id, userId: a.target.id, role: "MEMBER" } }, token),
    verify: (a, _before, after) => expect(after.members.find((m) => m.user.id === a.target.id)?.role).toBe("MEMBER"),
  },
  removeMember: {
    run: (a, token) => request(RemoveMember, { input: { workspaceId: a.workspace.id, userId: a.target.id } }, token),
    verify: (a, before, after) => {
      expect(after.members.map((m) => m.user.id)).not.toContain(a.target.id);
      expect(after.members).toHaveLength(before.members.length - 1);
    },
  },
  createTask: {
    run: (a, token) => request(CreateTask, { input: { workspaceId: a.workspace.id, title: "New task" } }, token),
    verify: (_a, before, after) => {
      expect(after.tasks.totalCount).toBe(before.tasks.totalCount + 1);
      expect(after.tasks.edges.map((e) => e.node.title)).toContain("New task");
    },
  },
  updateTask: {
    run: (a, token) => request(UpdateTask, { input: { id: a.task.id, title: "Edited" } }, token),
    verify: (a, before, after) => {
      expect(taskOf(after, a.task.id)?.title).toBe("Edited");
      expect(taskOf(after, a.task.id)?.version).toBe(taskOf(before, a.task.id)!.version + 1);
    },
  },
  moveTask: {
    run: (a, token) => request(MoveTask, { input: { id: a.task.id, status: "IN_PROGRESS" } }, token),
    verify: (a, before, after) => {
      expect(taskOf(after, a.task.id)?.status).toBe("IN_PROGRESS");
      expect(taskOf(after, a.task.id)?.version).toBe(taskOf(before, a.task.id)!.version + 1);
    },
  },
  deleteTask: {
    run: (a, token) => request(DeleteTask, { input: { id: a.task.id } }, token),
    verify: (a, before, after) => {
      expect(taskOf(after, a.task.id)).toBeUndefined();
      expect(after.tasks.totalCount).toBe(before.tasks.totalCount - 1);
    },
  },
};

const OK = "ok" as const;
const F = "FORBIDDEN" as const;
const NF = "NOT_FOUND" as const;
const UA = "UNAUTHENTICATED" as const;

/** The spec's matrix: rows are mutations, columns OWNER, ADMIN, MEMBER, VIEWER, outsider, signed-out. */
const matrix: Record<keyof typeof mutations, [typeof OK | Code, typeof OK | Code, typeof OK | Code, typeof OK | Code, Code, Code]> = {
  renameWorkspace: [OK, F, F, F, NF, UA],
  inviteMember: [OK, OK, F, F, NF, UA],
  changeMemberRole: [OK, OK, F, F, NF, UA],
  removeMember: [OK, OK, F, F, NF, UA],
  createTask: [OK, OK, OK, F, NF, UA],
  updateTask: [OK, OK, OK, F, NF, UA],
  moveTask: [OK, OK, OK, F, NF, UA],
  deleteTask: [OK, OK, OK, F, NF, UA],
};

const actors: Actor[] = ["OWNER", "ADMIN", "MEMBER", "VIEWER", "outsider", "signed-out"];

const cases = Object.entries(matrix).flatMap(([mutation, row]) =>
  row.map((expected, i) => ({
    actor: actors[i]!,
    mutation,
    expected,
    title: expected === OK ? `${actors[i]} can ${mutation}` : `${actors[i]} cannot ${mutation} (${expected})`,
  })),
);

describe.concurrent("role matrix", () => {
  for (const { actor, mutation, expected, title } of cases) {
    it(title, async ({ expect }) => {
      const a = await arena();
      const before = await workspaceState(a.owner, a.workspace.id);
      const result = await mutations[mutation]!.run(a, a.tokens[actor]);
      const after = await workspaceState(a.owner, a.workspace.id);
      if (expected === OK) {
        expectSuccess(result);
        expect(after.version).toBe(before.version + 1);
        mutations[mutation]!.verify(a, before, after);
      } else {
        expectError(result, expected);
        expect(after.version).toBe(before.version);
        expect(after).toEqual(before);
      }
    });
  }
});

describe.concurrent("reading", () => {
  it.for(["OWNER", "ADMIN", "MEMBER", "VIEWER"] as const)("%s reads the workspace and sees its own role", async (role, { expect }) => {
    const a = await arena();
    const { workspace } = await ok(MyRole, { id: a.workspace.id }, a.tokens[role]);
    expect(workspace).toEqual({ id: a.workspace.id, myRole: role, tasks: { totalCount: 1 } });
  });

  it("an outsider and a signed-out caller get null for workspace(id), like a workspace that does not exist", async ({ expect }) => {
    const a = await arena();
    expect(await request(MyRole, { id: a.workspace.id }, a.outsider.token)).toEqual({ data: { workspace: null } });
    expect(await request(MyRole, { id: a.workspace.id })).toEqual({ data: { workspace: null } });
  });

  it("an outsider's NOT_FOUND is indistinguishable from a workspace that does not exist", async ({ expect }) => {
    const a = await arena();
    const missing = Buffer.from("Workspace:00000000-0000-0000-0000-000000000000").toString("base64");
    const real = await request(CreateTask, { input: { workspaceId: a.workspace.id, title: "x" } }, a.outsider.token);
    const none = await request(CreateTask, { input: { workspaceId: missing, title: "x" } }, a.outsider.token);
    expectError(real, "NOT_FOUND");
    expectError(none, "NOT_FOUND");
    expect(real.errors![0]!.message).toBe(none.errors![0]!.message);
  });

  it("a VIEWER subscribes to task changes; an outsider cannot", async ({ expect }) => {
    const a = await arena();
    const viewerClient = wsClient(a.viewer.token);
    const outsiderClient = wsClient(a.outsider.token);
    try {
      const viewerSub = new Subscription(viewerClient, TaskChanged, { workspaceId: a.workspace.id });
      const outsiderSub = new Subscription(outsiderClient, TaskChanged, { workspaceId: a.workspace.id });
      // The outsider's subscription must end with NOT_FOUND before any event.
      const how = await Promise.race([outsiderSub.done, new Promise((r) => setTimeout(() => r("timeout"), 5_000))]);
      expect(how).not.toBe("timeout");
      const outsiderErrors = [
        ...outsiderSub.results.flatMap((r) => r.errors ?? []),
        ...(Array.isArray(outsiderSub.error) ? (outsiderSub.error as { extensions?: { code?: string } }[]) : []),
      ];
      expect(outsiderErrors.map((e) => e.extensions?.code)).toContain("NOT_FOUND");
      expect(outsiderSub.data).toEqual([]);

      // The subscription is live once the server acknowledged it; retry the write until the viewer hears one.
      let heard = false;
      for (let i = 0; i < 20 && !heard; i++) {
        await ok(CreateTask, { input: { workspaceId: a.workspace.id, title: `Live ${i}` } }, a.member.token);
        heard = await viewerSub.waitFor(1, 250).then(
          () => true,
          () => false,
        );
      }
      expect(heard).toBe(true);
      expect(viewerSub.data[0]!.taskChanged.kind).toBe("CREATED");
      viewerSub.dispose();
    } finally {
      await viewerClient.dispose();
      await outsiderClient.dispose();
    }
  });
});

describe.concurrent("admins manage only the roles below ADMIN", () => {
  /** A team with a second ADMIN, so an admin can be pointed at a peer. */
  async function admins() {
    const a = await arena();
    const admin2 = await signUp("Admin2");
    await addMember(a.owner, a.workspace.id, admin2, "ADMIN");
    return { ...a, admin2 };
  }
  type Admins = Awaited<ReturnType<typeof admins>>;

  const denied: { title: string; run: (t: Admins) => Promise<Result<unknown>> }[] = [
    {
      title: "ADMIN cannot invite an ADMIN",
      run: (t) => request(Invite, { input: { workspaceId: t.workspace.id, email: uniqueEmail("new"), role: "ADMIN" } }, t.admin.token),
    },
    {
      title: "ADMIN cannot invite an OWNER",
      run: (t) => request(Invite, { input: { workspaceId: t.workspace.id, email: uniqueEmail("new"), role: "OWNER" } }, t.admin.token),
    },
    {
      title: "ADMIN cannot promote a MEMBER to ADMIN",
      run: (t) => request(ChangeMemberRole, { input: { workspaceId: t.workspace.id, userId: t.member.id, role: "ADMIN" } }, t.admin.token),
    },
    {
      title: "ADMIN cannot promote a MEMBER to OWNER",
      run: (t) => request(ChangeMemberRole, { input: { workspaceId: t.workspace.id, userId: t.member.id, role: "OWNER" } }, t.admin.token),
    },
    {
      title: "ADMIN cannot promote itself to OWNER",
      run: (t) => request(ChangeMemberRole, { input: { workspaceId: t.workspace.id, userId: t.admin.id, role: "OWNER" } }, t.admin.token),
    },
    {
      title: "ADMIN cannot demote another ADMIN",
      run: (t) => request(ChangeMemberRole, { input: { workspaceId: t.workspace.id, userId: t.admin2.id, role: "VIEWER" } }, t.admin.token),
    },
    {
      title: "ADMIN cannot demote the OWNER",
      run: (t) => request(ChangeMemberRole, { input: { workspaceId: t.workspace.id, userId: t.owner.id, role: "MEMBER" } }, t.admin.token),
    },
    {
      title: "ADMIN cannot remove another ADMIN",
      run: (t) => request(RemoveMember, { input: { workspaceId: t.workspace.id, userId: t.admin2.id } }, t.admin.token),
    },
    {
      title: "ADMIN cannot remove the OWNER",
      run: (t) => request(RemoveMember, { input: { workspaceId: t.workspace.id, userId: t.owner.id } }, t.admin.token),
    },
  ];

  for (const { title, run } of denied) {
    it(`${title} (FORBIDDEN)`, async ({ expect }) => {
      const t = await admins();
      const before = await workspaceState(t.owner, t.workspace.id);
      expectError(await run(t), "FORBIDDEN");
      expect(await workspaceState(t.owner, t.workspace.id)).toEqual(before);
    });
  }

  const allowed: { title: string; run: (t: Admins) => Promise<Result<unknown>>; check: (t: Admins, after: Snap) => void }[] = [
    {
      title: "OWNER can invite an ADMIN",
      run: (t) => request(Invite, { input: { workspaceId: t.workspace.id, email: "new-admin@example.com", role: "ADMIN" } }, t.owner.token),
      check: (_t, after) =>
        expect(after.invitations).toContainEqual(expect.objectContaining({ email: "new-admin@example.com", role: "ADMIN" })),
    },
    {
      title: "OWNER can invite an OWNER",
      run: (t) => request(Invite, { input: { workspaceId: t.workspace.id, email: "new-owner@example.com", role: "OWNER" } }, t.owner.token),
      check: (_t, after) =>
        expect(after.invitations).toContainEqual(expect.objectContaining({ email: "new-owner@example.com", role: "OWNER" })),
    },
    {
      title: "OWNER can promote a MEMBER to ADMIN",
      run: (t) => request(ChangeMemberRole, { input: { workspaceId: t.workspace.id, userId: t.member.id, role: "ADMIN" } }, t.owner.token),
      check: (t, after) => expect(after.members.find((m) => m.user.id === t.member.id)?.role).toBe("ADMIN"),
    },
    {
      title: "OWNER can promote an ADMIN to OWNER",
      run: (t) => request(ChangeMemberRole, { input: { workspaceId: t.workspace.id, userId: t.admin.id, role: "OWNER" } }, t.owner.token),
      check: (t, after) => expect(after.members.find((m) => m.user.id === t.admin.id)?.role).toBe("OWNER"),
    },
    {
      title: "OWNER can demote an ADMIN",
      run: (t) => request(ChangeMemberRole, { input: { workspaceId: t.workspace.id, userId: t.admin2.id, role: "VIEWER" } }, t.owner.token),
      check: (t, after) => expect(after.members.find((m) => m.user.id === t.admin2.id)?.role).toBe("VIEWER"),
    },
    {
      title: "OWNER can remove an ADMIN",
      run: (t) => request(RemoveMember, { input: { workspaceId: t.workspace.id, userId: t.admin2.id } }, t.owner.token),
      check: (t, after) => expect(after.members.map((m) => m.user.id)).not.toContain(t.admin2.id),
    },
    {
      title: "ADMIN can promote a VIEWER to MEMBER",
      run: (t) => request(ChangeMemberRole, { input: { workspaceId: t.workspace.id, userId: t.viewer.id, role: "MEMBER" } }, t.admin.token),
      check: (t, after) => expect(after.members.find((m) => m.user.id === t.viewer.id)?.role).toBe("MEMBER"),
    },
    {
      title: "ADMIN can demote a MEMBER to VIEWER",
      run: (t) => request(ChangeMemberRole, { input: { workspaceId: t.workspace.id, userId: t.member.id, role: "VIEWER" } }, t.admin.token),
      check: (t, after) => expect(after.members.find((m) => m.user.id === t.member.id)?.role).toBe("VIEWER"),
    },
    {
      title: "ADMIN can remove a MEMBER",
      run: (t) => request(RemoveMember, { input: { workspaceId: t.workspace.id, userId: t.member.id } }, t.admin.token),
      check: (t, after) => expect(after.members.map((m) => m.user.id)).not.toContain(t.member.id),
    },
  ];

  for (const { title, run, check } of allowed) {
    it(title, async ({ expect }) => {
      const t = await admins();
      const before = await workspaceState(t.owner, t.workspace.id);
      expectSuccess(await run(t));
      const after = await workspaceState(t.owner, t.workspace.id);
      expect(after.version).toBe(before.version + 1);
      check(t, after);
    });
  }
});

describe.concurrent("owners", () => {
  it("the last OWNER cannot leave (CONFLICT)", async ({ expect }) => {
    const a = await arena();
    const before = await workspaceState(a.owner, a.workspace.id);
    expectError(await request(RemoveMember, { input: { workspaceId: a.workspace.id, userId: a.owner.id } }, a.owner.token), "CONFLICT");
    expect(await workspaceState(a.owner, a.workspace.id)).toEqual(before);
  });

  it.for(["ADMIN", "MEMBER", "VIEWER"] as const)("the last OWNER cannot demote itself to %s (CONFLICT)", async (role, { expect }) => {
    const a = await arena();
    const before = await workspaceState(a.owner, a.workspace.id);
    expectError(
      await request(ChangeMemberRole, { input: { workspaceId: a.workspace.id, userId: a.owner.id, role } }, a.owner.token),
      "CONFLICT",
    );
    expect(await workspaceState(a.owner, a.workspace.id)).toEqual(before);
  });

  it("an OWNER can leave once another OWNER exists, and then the new last OWNER cannot", async ({ expect }) => {
    const a = await arena();
    await ok(ChangeMemberRole, { input: { workspaceId: a.workspace.id, userId: a.admin.id, role: "OWNER" } }, a.owner.token);
    const before = await workspaceState(a.admin, a.workspace.id);
    expectSuccess(await request(RemoveMember, { input: { workspaceId: a.workspace.id, userId: a.owner.id } }, a.owner.token));
    const after = await workspaceState(a.admin, a.workspace.id);
    expect(after.version).toBe(before.version + 1);
    expect(after.members.map((m) => m.user.id)).not.toContain(a.owner.id);
    expect((await ok(MyRole, { id: a.workspace.id }, a.owner.token)).workspace).toBeNull();

    expectError(await request(RemoveMember, { input: { workspaceId: a.workspace.id, userId: a.admin.id } }, a.admin.token), "CONFLICT");
    expect(await workspaceState(a.admin, a.workspace.id)).toEqual(after);
  });

  it("an OWNER can demote itself once another OWNER exists, and then loses owner rights", async ({ expect }) => {
    const a = await arena();
    await ok(ChangeMemberRole, { input: { workspaceId: a.workspace.id, userId: a.admin.id, role: "OWNER" } }, a.owner.token);
    const before = await workspaceState(a.owner, a.workspace.id);
    expectSuccess(
      await request(ChangeMemberRole, { input: { workspaceId: a.workspace.id, userId: a.owner.id, role: "ADMIN" } }, a.owner.token),
    );
    const after = await workspaceState(a.owner, a.workspace.id);
    expect(after.version).toBe(before.version + 1);
    expect(after.members.find((m) => m.user.id === a.owner.id)?.role).toBe("ADMIN");
    expectError(await request(Rename, { input: { workspaceId: a.workspace.id, name: "Nope" } }, a.owner.token), "FORBIDDEN");
    expect(await workspaceState(a.owner, a.workspace.id)).toEqual(after);
  });

  it("one OWNER can demote another OWNER", async ({ expect }) => {
    const a = await arena();
    await ok(ChangeMemberRole, { input: { workspaceId: a.workspace.id, userId: a.admin.id, role: "OWNER" } }, a.owner.token);
    expectSuccess(
      await request(ChangeMemberRole, { input: { workspaceId: a.workspace.id, userId: a.owner.id, role: "MEMBER" } }, a.admin.token),
    );
    const after = await workspaceState(a.admin, a.workspace.id);
    expect(after.members.find((m) => m.user.id === a.owner.id)?.role).toBe("MEMBER");
  });
});

describe.concurrent("leaving", () => {
  it.for(["VIEWER", "MEMBER", "ADMIN"] as const)("%s can leave with its own userId", async (role, { expect }) => {
    const a = await arena();
    const leaver = { VIEWER: a.viewer, MEMBER: a.member, ADMIN: a.admin }[role];
    const before = await workspaceState(a.owner, a.workspace.id);
    expectSuccess(await request(RemoveMember, { input: { workspaceId: a.workspace.id, userId: leaver.id } }, leaver.token));
    const after = await workspaceState(a.owner, a.workspace.id);
    expect(after.version).toBe(before.version + 1);
    expect(after.members.map((m) => m.user.id)).not.toContain(leaver.id);
    // Gone means gone: the workspace is hidden and writes are NOT_FOUND.
    expect((await ok(MyRole, { id: a.workspace.id }, leaver.token)).workspace).toBeNull();
    expectError(await request(CreateTask, { input: { workspaceId: a.workspace.id, title: "x" } }, leaver.token), "NOT_FOUND");
    expect(await workspaceState(a.owner, a.workspace.id)).toEqual(after);
  });

  it("a leaving MEMBER's tasks become unassigned", async ({ expect }) => {
    const a = await arena();
    const { createTask } = await ok(
      CreateTask,
      { input: { workspaceId: a.workspace.id, title: "Mine", assigneeId: a.member.id } },
      a.member.token,
    );
    expect(createTask.assignee?.id).toBe(a.member.id);
    expectSuccess(await request(RemoveMember, { input: { workspaceId: a.workspace.id, userId: a.member.id } }, a.member.token));
    const after = await workspaceState(a.owner, a.workspace.id);
    expect(taskOf(after, createTask.id)?.assignee).toBeNull();
  });
});
