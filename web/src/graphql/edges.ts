import { graphql } from "../gql";

// Used by cache updaters to create the edge entities that link a task/activity into a cached connection list.
export const TaskEdgeFragment = graphql(`
  fragment TaskEdge on WorkspaceTasksConnectionEdge {
    cursor
    node { id }
  }
`);

export const ActivityEdgeFragment = graphql(`
  fragment ActivityEdge on WorkspaceActivityConnectionEdge {
    cursor
    node { id }
  }
`);

export const WorkspaceVersionFragment = graphql(`
  fragment WorkspaceVersion on Workspace {
    id
    version
  }
`);

export const MemberUserFragment = graphql(`
  fragment MemberUser on User {
    id
    name
    email
  }
`);
