import { graphql } from "../gql";

/** The board's tasks after its first page; the cache joins the pages into the board's one list (cache/index.ts).
 * The task fields repeat BoardQuery's (tasks.ts) on purpose: a fragment spread costs heavily under the server's
 * query-cost limit, and codegen's graphql() types a document by its literal text, which an interpolated constant would lose.
 */
export const BoardPageQuery = graphql(`
  query BoardPage($id: ID!, $after: String!) {
    workspace(id: $id) {
      id
      tasks(first: 400, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } dueAt labels { id name color } codeRef { path line url present } }
        }
      }
    }
  }
`);
