import { graphql } from "../gql";

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    body
    createdAt
    editedAt
    deleted
    viewerCanEdit
    viewerCanDelete
    author { id name email }
  }
`);

export const TaskCommentsQuery = graphql(`
  query TaskComments($id: ID!) {
    node(id: $id) {
      id
      ... on Task { comments(first: 200) { totalCount edges { node { ...CommentFields } } } }
    }
  }
`);

export const CommentChangedSubscription = graphql(`
  subscription CommentChanged($workspaceId: ID!, $taskId: ID) {
    commentChanged(workspaceId: $workspaceId, taskId: $taskId) {
      kind
      version
      taskId
      comment { ...CommentFields }
    }
  }
`);

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) { ...CommentFields }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) { ...CommentFields }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($input: DeleteCommentInput!) {
    deleteComment(input: $input)
  }
`);
