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
    moveTask(input: $input) { id status position version }
  }
`);

export const DeleteTask = graphql(`
  mutation DocDeleteTask($input: DeleteTaskInput!) {
    deleteTask(input: $input)
  }
`);

export const Undo = graphql(`
  mutation DocUndo($input: UndoInput!) {
    undo(input: $input) { id title status deleted version }
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
