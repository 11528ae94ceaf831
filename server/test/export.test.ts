import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { ok, serverUrl, team } from "./support/client.js";
import { CreateTask } from "./support/documents.js";

const CreateLabel = graphql(`
  mutation ExportLabel($input: CreateLabelInput!) { createLabel(input: $input) { id } }
`);

const download = (workspaceId: string, format: string, token?: string) =>
  fetch(`${serverUrl()}/export/${encodeURIComponent(workspaceId)}.${format}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

/** A small RFC 4180 reader, enough to check what a spreadsheet would read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("export", () => {
  it("streams CSV and JSON a member can open: labels by name, assignee by email, formulas defused", async () => {
    const { owner, viewer, member, workspace } = await team();
    const bug = (await ok(CreateLabel, { input: { workspaceId: workspace.id, name: "Bug", color: "#ff0000" } }, owner.token)).createLabel;
    await ok(
      CreateTask,
      {
        input: {
          workspaceId: workspace.id,
          title: 'Quote "this", please',
          description: "line one\nline two",
          labelIds: [bug.id],
          assigneeId: member.id,
          dueAt: "2030-01-02T03:04:05.000Z",
        },
      },
      owner.token,
    );
    await ok(CreateTask, { input: { workspaceId: workspace.id, title: '=HYPERLINK("http://evil")', status: "DONE" } }, owner.token);

    const csv = await download(workspace.id, "csv", viewer.token);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="acme-tasks\.csv"/);
    const rows = parseCsv(await csv.text());
    expect(rows[0]).toEqual([
      "id",
      "title",
      "description",
      "status",
      "priority",
      "board",
      "assignee",
      "labels",
      "dueAt",
      "createdAt",
      "updatedAt",
    ]);
    expect(rows).toHaveLength(3);
    const quoted = rows.find((r) => r[1] === 'Quote "this", please')!;
    expect(quoted.slice(2, 9)).toEqual([
      "line one\nline two",
      "TODO",
      "MEDIUM",
      quoted[5],
      member.email,
      "Bug",
      "2030-01-02T03:04:05.000Z",
    ]);
    expect(rows.find((r) => r[3] === "DONE")![1]).toBe('\'=HYPERLINK("http://evil")');

    const file = await download(workspace.id, "json", viewer.token);
    expect(file.status).toBe(200);
    const body = (await file.json()) as {
      workspace: { name: string };
      labels: { name: string }[];
      tasks: { title: string; labels: string[]; assignee: string | null }[];
    };
    expect(body.workspace.name).toBe("Acme");
    expect(body.labels.map((l) => l.name)).toEqual(["Bug"]);
    expect(body.tasks).toHaveLength(2);
    expect(body.tasks.find((t) => t.labels.length)).toMatchObject({ labels: ["Bug"], assignee: member.email });
  });

  it("refuses without a token (401), outsiders and unknown workspaces alike (404), and unknown formats", async () => {
    const { outsider, owner, workspace } = await team();
    expect((await download(workspace.id, "csv")).status).toBe(401);
    const hidden = await download(workspace.id, "csv", outsider.token);
    expect(hidden.status).toBe(404);
    expect(((await hidden.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    expect((await download("V29ya3NwYWNlOm5vcGU=", "csv", owner.token)).status).toBe(404);
    expect((await download(workspace.id, "xml", owner.token)).status).toBe(404);
  });
});
