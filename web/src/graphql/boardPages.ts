import { graphql } from "../gql";

/**
 * A board's columns load on their own (issue #11): each asks for its status's first COLUMN_FIRST cards and
 * the server's count of them, then COLUMN_NEXT more each time its list is scrolled near the end of what is loaded.
 * The cache joins a column's pages into one list (cache/boardList.ts); live updates keep it in order.
 * A filtered column (the board's filters, boardModel.columnFilter) is its own list with the filters as arguments:
 * the server pages and counts only its matching cards; unset filters are left out, so they do not change its key.
 * The task fields repeat TaskFields (tasks.ts) on purpose: a fragment spread costs heavily under the server's
 * query-cost limit, and codegen's graphql() types a document by its literal text, which an interpolated constant would lose.
 */
export const COLUMN_FIRST = 50;
export const COLUMN_NEXT = 100;

export const BoardColumnQuery = graphql(`
  query BoardColumn($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {
    workspace(id: $id) {
      id
      # The log version the count was read at: live events up to it are already in the count (cache/boardList.ts).
      version
      tasks(boardId: $boardId, status: $status, first: $first, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) {
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

export const BoardColumnPageQuery = graphql(`
  query BoardColumnPage($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $after: String!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {
    workspace(id: $id) {
      id
      tasks(boardId: $boardId, status: $status, first: $first, after: $after, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) {
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

/** Only a column's count: the cache rewrites it as live events move cards in and out of columns it has not loaded. */
export const BoardColumnCountQuery = graphql(`
  query BoardColumnCount($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {
    workspace(id: $id) {
      id
      tasks(boardId: $boardId, status: $status, first: $first, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) { totalCount }
    }
  }
`);
