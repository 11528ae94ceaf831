import { graphql } from "../gql/index.js";

/**
 * The operations many suites send, declared once. Selections are the union of what those suites read;
 * a suite that needs a different shape (a subscription's payload, a page of the log) declares its own.
 */

export const CreateTask = graphql(`
  mutation DocCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      id title description status priority position version
      assignee { id name }
      createdBy { id }
      workspace { id version }
      board { id name }
    }
  }
`);

export const UpdateTask = graphql(`
  mutation DocUpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) { id title description status priority version assignee { id name } workspace { id } }
  }
`);

export const MoveTask = graphql(`
  mutation DocMoveTask($input: MoveTaskInput!) {
    moveTask(input: $input) { id status position version board { id } }
  }
`);

export const DeleteTask = graphql(`
  mutation DocDeleteTask($input: DeleteTaskInput!) {
    deleteTask(input: $input)
  }
`);

export const Undo = graphql(`
  mutation DocUndo($input: UndoInput!) {
    undo(input: $input) { id title status deleted version board { id } }
  }
`);

export const Redo = graphql(`
  mutation DocRedo($input: RedoInput!) {
    redo(input: $input) { id title status deleted version }
  }
`);

export const ChangeMemberRole = graphql(`
  mutation DocChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) { id role user { id } }
  }
`);

export const RemoveMember = graphql(`
  mutation DocRemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input)
  }
`);

export const SignUp = graphql(`
  mutation DocSignUp($input: SignUpInput!) {
    signUp(input: $input) { token user { id name email } }
  }
`);

export const SignIn = graphql(`
  mutation DocSignIn($input: SignInInput!) {
    signIn(input: $input) { token user { id name email } }
  }
`);

export const SignOut = graphql(`
  mutation DocSignOut {
    signOut
  }
`);

export const WorkspaceVersion = graphql(`
  query DocWorkspaceVersion($id: ID!) {
    workspace(id: $id) { version }
  }
`);

export const CreateBoard = graphql(`
  mutation DocCreateBoard($input: CreateBoardInput!) {
    createBoard(input: $input) { id name archived position workspace { id } }
  }
`);

export const AddComment = graphql(`
  mutation DocAddComment($input: AddCommentInput!) {
    addComment(input: $input) { id body editedAt author { id name } task { id } viewerCanEdit viewerCanDelete }
  }
`);

export const EditComment = graphql(`
  mutation DocEditComment($input: EditCommentInput!) {
    editComment(input: $input) { id body editedAt }
  }
`);

export const DeleteComment = graphql(`
  mutation DocDeleteComment($input: DeleteCommentInput!) {
    deleteComment(input: $input)
  }
`);
