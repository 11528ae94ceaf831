import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { ok, request, team } from "./support/client.js";
import { CreateTask, DeleteTask } from "./support/documents.js";

// The answer asks for relations, which are read after the write commits: a delete can land in between.
const UpdateWithRelations = graphql(`
  mutation RacingDeleteUpdate($input: UpdateTaskInput!) {
    updateTask(input: $input) { id title version assignee { id name } createdBy { id } workspace { id } labels { id } comments(first: 5) { totalCount } }
  }
`);

describe("a delete racing an edit", () => {
  // On PostgreSQL (a pool of connections) the delete lands between the edit's commit and its answer's reads in
  // some of the 30 pairs; before, those answers were INTERNAL_SERVER_ERROR.
  it("the edit is answered with the task it saved, relations included, even when the delete lands before the answer is read", async () => {
    const { owner, member, workspace } = await team();
    const made = [];
    for (let i = 0; i < 30; i++) {
      const input = { workspaceId: workspace.id, title: `race ${i}`, assigneeId: member.id };
      made.push((await ok(CreateTask, { input }, owner.token)).createTask);
    }
    const answers = await Promise.all(
      made.map(async (task, i) => {
        const edit = request(UpdateWithRelations, { input: { id: task.id, title: `edited ${i}` } }, member.token);
        const removal = request(DeleteTask, { input: { id: task.id } }, owner.token);
        return { edit: await edit, removal: await removal };
      }),
    );
    for (const { edit, removal } of answers) {
      expect(removal.errors).toBeUndefined();
      expect(edit.errors).toBeUndefined();
      expect(edit.data?.updateTask).toMatchObject({ title: expect.stringMatching(/^edited/), assignee: { id: member.id } });
    }
  });
});
