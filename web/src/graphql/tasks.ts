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

// The workspace around the board: its members, boards and labels. The cards come column by column (boardPages.ts).
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
    }
  }
`);

export const TaskChangedSubscription = graphql(`
  subscription TaskChanged($workspaceId: ID!, $since: Int) {
    taskChanged(workspaceId: $workspaceId, since: $since) {
      kind
      version
      actor { id name }
      # Where the card was before (its log entry's before-state): a column that never loaded it still counts it out.
      activity { id before }
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

/** One card by id: a card opened from a link or the command palette may sit in a page of its column not loaded yet. */
export const TaskQuery = graphql(`
  query Task($id: ID!) {
    node(id: $id) {
      id
      ... on Task { ...TaskFields }
    }
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
