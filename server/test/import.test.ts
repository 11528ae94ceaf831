import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { ok, serverUrl, signUp, team, workspaceState } from "./support/client.js";
import { Undo } from "./support/documents.js";

const Board = graphql(`
  query ImportBoard($id: ID!) {
    workspace(id: $id) {
      version
      labels { name color }
      tasks(first: 100) { totalCount edges { node { title description status dueAt assignee { email } labels { name } } } }
    }
  }
`);

/** A Trello board export, as Trello writes it (the fields the import reads, plus some it ignores). */
function trelloBoard(memberEmail: string) {
  return {
    id: "b1",
    name: "Website",
    prefs: { background: "blue" },
    lists: [
      { id: "l1", name: "To Do", closed: false },
      { id: "l2", name: "Doing", closed: false },
      { id: "l3", name: "Ready for QA", closed: false },
      { id: "l4", name: "Done", closed: false },
      { id: "l5", name: "Old", closed: true },
    ],
    labels: [
      { id: "g", name: "Frontend", color: "green" },
      { id: "r", name: "", color: "red" },
    ],
    members: [
      { id: "m1", fullName: "Known Person", username: "known", email: memberEmail },
      { id: "m2", fullName: "Stranger", username: "stranger" },
    ],
    cards: [
      {
        id: "c1",
        name: "Hero banner",
        desc: "Big and bold",
        idList: "l1",
        idLabels: ["g"],
        idMembers: ["m1"],
        due: "2031-02-03T10:00:00.000Z",
        closed: false,
      },
      { id: "c2", name: "Fix footer", desc: "", idList: "l2", idLabels: ["g", "r"], idMembers: ["m2"], due: null, closed: false },
      { id: "c3", name: "Check forms", desc: "", idList: "l3", idLabels: [], idMembers: [], due: null, closed: false },
      { id: "c4", name: "Launch", desc: "", idList: "l4", idLabels: [], idMembers: [], due: null, closed: false },
      { id: "c5", name: "Archived card", desc: "", idList: "l1", idLabels: [], idMembers: [], due: null, closed: true },
      { id: "c6", name: "In a closed list", desc: "", idList: "l5", idLabels: [], idMembers: [], due: null, closed: false },
    ],
    actions: [{ id: "a1", type: "createCard" }],
  };
}

async function upload(workspaceId: string, body: BodyInit, token: string | undefined, query = "") {
  const response = await fetch(`${serverUrl()}/import/trello/${encodeURIComponent(workspaceId)}${query}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const titles = async (token: string, id: string) => {
  const { workspace } = await ok(Board, { id }, token);
  return workspace!.tasks.edges.map((e) => e.node);
};

describe("Trello import", () => {
  it("previews without writing, then imports as one change: statuses by name or mapping, labels, due dates, members by email; one undo removes it", async () => {
    const { owner, member, workspace } = await team();
    const file = JSON.stringify(trelloBoard(member.email.toUpperCase()));
    const before = await workspaceState(owner, workspace.id);

    const preview = await upload(workspace.id, file, member.token, "?dryRun=true");
    expect(preview.status).toBe(200);
    expect(preview.body.dryRun).toBe(true);
    expect(preview.body.plan.taskCount).toBe(4);
    expect(preview.body.plan.lists).toEqual([
      { id: "l1", name: "To Do", status: "TODO", by: "NAME", cards: 1 },
      { id: "l2", name: "Doing", status: "IN_PROGRESS", by: "NAME", cards: 1 },
      { id: "l3", name: "Ready for QA", status: "TODO", by: "DEFAULT", cards: 1 },
      { id: "l4", name: "Done", status: "DONE", by: "NAME", cards: 1 },
    ]);
    expect(preview.body.plan.newLabels).toEqual([
      { name: "Frontend", color: "#4bce97" },
      { name: "red", color: "#f87168" },
    ]);
    expect(preview.body.plan.unmatchedMembers).toEqual(["Stranger"]);
    expect(preview.body.plan.skippedArchived).toBe(1);
    expect(await workspaceState(owner, workspace.id)).toEqual(before);

    const mapping = encodeURIComponent(JSON.stringify({ "Ready for QA": "BLOCKED" }));
    const done = await upload(workspace.id, file, member.token, `?mapping=${mapping}`);
    expect(done.status).toBe(200);
    expect(done.body.created).toBe(4);
    const tasks = await titles(owner.token, workspace.id);
    const byTitle = Object.fromEntries(tasks.map((t) => [t.title, t]));
    expect(Object.keys(byTitle).sort()).toEqual(["Check forms", "Fix footer", "Hero banner", "Launch"]);
    expect(byTitle["Hero banner"]).toEqual({
      title: "Hero banner",
      description: "Big and bold",
      status: "TODO",
      dueAt: "2031-02-03T10:00:00.000Z",
      assignee: { email: member.email },
      labels: [{ name: "Frontend" }],
    });
    expect(byTitle["Fix footer"]).toMatchObject({ status: "IN_PROGRESS", assignee: null, labels: [{ name: "Frontend" }, { name: "red" }] });
    expect(byTitle["Check forms"]!.status).toBe("BLOCKED");
    expect(byTitle.Launch!.status).toBe("DONE");

    // One undo takes the whole import back.
    await ok(Undo, { input: { workspaceId: workspace.id } }, member.token);
    expect(await titles(owner.token, workspace.id)).toEqual([]);
  });

  it("refuses viewers (403), outsiders (404) and no token (401), writing nothing", async () => {
    const { owner, viewer, outsider, workspace } = await team();
    const file = JSON.stringify(trelloBoard((await signUp("X")).email));
    const before = await workspaceState(owner, workspace.id);
    expect((await upload(workspace.id, file, viewer.token)).status).toBe(403);
    expect((await upload(workspace.id, file, outsider.token)).status).toBe(404);
    expect((await upload(workspace.id, file, undefined)).status).toBe(401);
    expect(await workspaceState(owner, workspace.id)).toEqual(before);
  });

  it("answers a malformed file, a bad mapping and a 50 MB file with a clear error and writes nothing", async () => {
    const { owner, workspace } = await team();
    const before = await workspaceState(owner, workspace.id);
    const notJson = await upload(workspace.id, "{ this is not json", owner.token);
    expect(notJson.status).toBe(400);
    expect(notJson.body.error).toMatchObject({ code: "BAD_USER_INPUT", field: "file" });
    expect(notJson.body.error.message).toMatch(/not JSON/);
    const notTrello = await upload(workspace.id, JSON.stringify({ hello: "world" }), owner.token);
    expect(notTrello.status).toBe(400);
    expect(notTrello.body.error.message).toMatch(/not a Trello board export/);
    const badCard = await upload(workspace.id, JSON.stringify({ lists: [{ id: "l", name: "To Do" }], cards: [{ id: 7 }] }), owner.token);
    expect(badCard.status).toBe(400);
    expect(badCard.body.error.message).toMatch(/card #1 is malformed/);
    const badMapping = await upload(
      workspace.id,
      JSON.stringify(trelloBoard("a@b.c")),
      owner.token,
      `?mapping=${encodeURIComponent('{"Doing":"LATER"}')}`,
    );
    expect(badMapping.status).toBe(400);

    const fifty = Buffer.alloc(50 * 1024 * 1024, 0x20);
    const declared = await upload(workspace.id, fifty, owner.token);
    expect(declared.status).toBe(413);
    expect(declared.body.error.message).toMatch(/larger than the import limit/);
    // Without a Content-Length (chunked), the server stops counting at the limit, too.
    let sent = 0;
    const chunked = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= fifty.length) return controller.close();
        controller.enqueue(fifty.subarray(sent, sent + 1024 * 1024));
        sent += 1024 * 1024;
      },
    });
    const streamed = await upload(workspace.id, chunked, owner.token);
    expect(streamed.status).toBe(413);
    expect(await workspaceState(owner, workspace.id)).toEqual(before);
  });
});
