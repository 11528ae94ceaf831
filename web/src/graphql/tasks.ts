import { graphql } from "../gql";

export const TaskFieldsFragment = graphql(`
  fragment TaskFields on Task {
    id
    title
    description
    status
    priority
    position
    version
    deleted
    createdAt
    updatedAt
    assignee { id name email }
    workspace { id }
    board { id }
    dueAt
    labels { id name color }
    codeRef { path line url present }
  }
`);

/** The board query and the cache updaters must agree on these arguments: they name the cached list. */
export const BOARD_TASK_ARGS = { first: 100 };

// One list for the whole board (its first BOARD_TASK_ARGS.first tasks), grouped by status client-side; updaters add to / remove from it.
export const BoardQuery = graphql(`
  query Board($id: ID!) {
    workspace(id: $id) {
      id
      name
      version
      myRole
      members { id role joinedAt user { id name email } }
      boards { id name position archived }
      labels { id name color }
      # Fields inlined, not spread: the server's cost limit charges fragment spreads heavily.
      tasks(first: 100) {
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

export const TaskChangedSubscription = graphql(`
  subscription TaskChanged($workspaceId: ID!, $since: Int) {
    taskChanged(workspaceId: $workspaceId, since: $since) {
      kind
      version
      actor { id name }
      task { ...TaskFields }
    }
  }
`);

export const CreateTaskMutation = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { ...TaskFields }
  }
`);

export const UpdateTaskMutation = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) { ...TaskFields }
  }
`);

export const MoveTaskMutation = graphql(`
  mutation MoveTask($input: MoveTaskInput!) {
    moveTask(input: $input) { ...TaskFields }
  }
`);

export const DeleteTaskMutation = graphql(`
  mutation DeleteTask($input: DeleteTaskInput!) {
    deleteTask(input: $input)
  }
`);

export const UndoMutation = graphql(`
  mutation Undo($input: UndoInput!) {
    undo(input: $input) { ...TaskFields lastChange { id action metadata } }
  }
`);

export const RedoMutation = graphql(`
  mutation Redo($input: RedoInput!) {
    redo(input: $input) { ...TaskFields lastChange { id action metadata } }
  }
`);

export const RestoreTaskMutation = graphql(`
  mutation RestoreTask($input: RestoreTaskInput!) {
    restoreTask(input: $input) { ...TaskFields }
  }
`);

/** The task as the server has it now, with its log; also used to make the cache show "theirs" after a conflict. */
export const TaskHistoryQuery = graphql(`
  query TaskHistory($id: ID!) {
    node(id: $id) {
      id
      ... on Task {
        ...TaskFields
        history { id version action createdAt metadata actor { id name } before after }
      }
    }
  }
`);

/** Polling fallback: what happened after `since`, oldest first. */
export const WorkspaceEventsQuery = graphql(`
  query WorkspaceEvents($id: ID!, $since: Int!, $first: Int) {
    workspace(id: $id) {
      id
      events(since: $since, first: $first) { hasMore events { id version action entityType entityId } }
    }
  }
`);
