/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation TestSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email }\n    }\n  }\n": typeof types.TestSignUpDocument,
    "\n  mutation TestCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id name version }\n  }\n": typeof types.TestCreateWorkspaceDocument,
    "\n  mutation TestInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id role }\n  }\n": typeof types.TestInviteDocument,
    "\n  mutation TestAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status }\n  }\n": typeof types.TestAcceptDocument,
    "\n  mutation TasksCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id title description status priority position version\n      assignee { id name }\n      createdBy { id }\n      workspace { id version }\n    }\n  }\n": typeof types.TasksCreateDocument,
    "\n  mutation TasksUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title description status priority version assignee { id } }\n  }\n": typeof types.TasksUpdateDocument,
    "\n  mutation TasksMove($input: MoveTaskInput!) {\n    moveTask(input: $input) { id status position version }\n  }\n": typeof types.TasksMoveDocument,
    "\n  mutation TasksDelete($input: DeleteTaskInput!) {\n    deleteTask(input: $input)\n  }\n": typeof types.TasksDeleteDocument,
    "\n  query TasksBoard($id: ID!, $status: TaskStatus, $assigneeId: ID, $first: Int, $after: String) {\n    workspace(id: $id) {\n      version\n      tasks(status: $status, assigneeId: $assigneeId, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id title status position } }\n      }\n    }\n  }\n": typeof types.TasksBoardDocument,
    "\n  query TasksActivity($id: ID!, $first: Int) {\n    workspace(id: $id) {\n      activity(first: $first) {\n        edges { node { version action entityType entityId actor { id } metadata } }\n      }\n    }\n  }\n": typeof types.TasksActivityDocument,
    "\n  query TasksNode($id: ID!) {\n    node(id: $id) { id ... on Task { title } }\n  }\n": typeof types.TasksNodeDocument,
};
const documents: Documents = {
    "\n  mutation TestSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email }\n    }\n  }\n": types.TestSignUpDocument,
    "\n  mutation TestCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id name version }\n  }\n": types.TestCreateWorkspaceDocument,
    "\n  mutation TestInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id role }\n  }\n": types.TestInviteDocument,
    "\n  mutation TestAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status }\n  }\n": types.TestAcceptDocument,
    "\n  mutation TasksCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id title description status priority position version\n      assignee { id name }\n      createdBy { id }\n      workspace { id version }\n    }\n  }\n": types.TasksCreateDocument,
    "\n  mutation TasksUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title description status priority version assignee { id } }\n  }\n": types.TasksUpdateDocument,
    "\n  mutation TasksMove($input: MoveTaskInput!) {\n    moveTask(input: $input) { id status position version }\n  }\n": types.TasksMoveDocument,
    "\n  mutation TasksDelete($input: DeleteTaskInput!) {\n    deleteTask(input: $input)\n  }\n": types.TasksDeleteDocument,
    "\n  query TasksBoard($id: ID!, $status: TaskStatus, $assigneeId: ID, $first: Int, $after: String) {\n    workspace(id: $id) {\n      version\n      tasks(status: $status, assigneeId: $assigneeId, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id title status position } }\n      }\n    }\n  }\n": types.TasksBoardDocument,
    "\n  query TasksActivity($id: ID!, $first: Int) {\n    workspace(id: $id) {\n      activity(first: $first) {\n        edges { node { version action entityType entityId actor { id } metadata } }\n      }\n    }\n  }\n": types.TasksActivityDocument,
    "\n  query TasksNode($id: ID!) {\n    node(id: $id) { id ... on Task { title } }\n  }\n": types.TasksNodeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email }\n    }\n  }\n"): (typeof documents)["\n  mutation TestSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id name version }\n  }\n"): (typeof documents)["\n  mutation TestCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id name version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id role }\n  }\n"): (typeof documents)["\n  mutation TestInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation TestAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id title description status priority position version\n      assignee { id name }\n      createdBy { id }\n      workspace { id version }\n    }\n  }\n"): (typeof documents)["\n  mutation TasksCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id title description status priority position version\n      assignee { id name }\n      createdBy { id }\n      workspace { id version }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title description status priority version assignee { id } }\n  }\n"): (typeof documents)["\n  mutation TasksUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title description status priority version assignee { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksMove($input: MoveTaskInput!) {\n    moveTask(input: $input) { id status position version }\n  }\n"): (typeof documents)["\n  mutation TasksMove($input: MoveTaskInput!) {\n    moveTask(input: $input) { id status position version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksDelete($input: DeleteTaskInput!) {\n    deleteTask(input: $input)\n  }\n"): (typeof documents)["\n  mutation TasksDelete($input: DeleteTaskInput!) {\n    deleteTask(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksBoard($id: ID!, $status: TaskStatus, $assigneeId: ID, $first: Int, $after: String) {\n    workspace(id: $id) {\n      version\n      tasks(status: $status, assigneeId: $assigneeId, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id title status position } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TasksBoard($id: ID!, $status: TaskStatus, $assigneeId: ID, $first: Int, $after: String) {\n    workspace(id: $id) {\n      version\n      tasks(status: $status, assigneeId: $assigneeId, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id title status position } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksActivity($id: ID!, $first: Int) {\n    workspace(id: $id) {\n      activity(first: $first) {\n        edges { node { version action entityType entityId actor { id } metadata } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TasksActivity($id: ID!, $first: Int) {\n    workspace(id: $id) {\n      activity(first: $first) {\n        edges { node { version action entityType entityId actor { id } metadata } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksNode($id: ID!) {\n    node(id: $id) { id ... on Task { title } }\n  }\n"): (typeof documents)["\n  query TasksNode($id: ID!) {\n    node(id: $id) { id ... on Task { title } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;