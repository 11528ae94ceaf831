/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  fragment ActivityFields on Activity {\n    id\n    version\n    action\n    entityType\n    entityId\n    metadata\n    createdAt\n    actor { id name }\n    subject { id name }\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query Activity($id: ID!) {\n    workspace(id: $id) {\n      id\n      activity(first: 40) { edges { cursor node { ...ActivityFields } } }\n    }\n  }\n": typeof types.ActivityDocument,
    "\n  subscription ActivityAdded($workspaceId: ID!, $since: Int) {\n    activityAdded(workspaceId: $workspaceId, since: $since) { ...ActivityFields }\n  }\n": typeof types.ActivityAddedDocument,
    "\n  query Me {\n    me { id name email }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { token user { id name email } }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id name email } }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query BoardColumn($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {\n    workspace(id: $id) {\n      id\n      # The log version the count was read at: live events up to it are already in the count (cache/boardList.ts).\n      version\n      tasks(boardId: $boardId, status: $status, first: $first, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } dueAt labels { id name color } codeRef { path line url present } }\n        }\n      }\n    }\n  }\n": typeof types.BoardColumnDocument,
    "\n  query BoardColumnPage($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $after: String!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {\n    workspace(id: $id) {\n      id\n      tasks(boardId: $boardId, status: $status, first: $first, after: $after, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } dueAt labels { id name color } codeRef { path line url present } }\n        }\n      }\n    }\n  }\n": typeof types.BoardColumnPageDocument,
    "\n  query BoardColumnCount($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {\n    workspace(id: $id) {\n      id\n      tasks(boardId: $boardId, status: $status, first: $first, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) { totalCount }\n    }\n  }\n": typeof types.BoardColumnCountDocument,
    "\n  query Boards($id: ID!) {\n    workspace(id: $id) { id myRole boards { id name position archived } }\n  }\n": typeof types.BoardsDocument,
    "\n  mutation CreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) { id name position archived workspace { id } }\n  }\n": typeof types.CreateBoardDocument,
    "\n  mutation RenameBoard($input: RenameBoardInput!) {\n    renameBoard(input: $input) { id name }\n  }\n": typeof types.RenameBoardDocument,
    "\n  mutation ArchiveBoard($input: ArchiveBoardInput!) {\n    archiveBoard(input: $input) { id archived }\n  }\n": typeof types.ArchiveBoardDocument,
    "\n  query Checkpoints($id: ID!) {\n    workspace(id: $id) { id version myRole checkpoints { id name version createdAt createdBy { id name } } }\n  }\n": typeof types.CheckpointsDocument,
    "\n  query WorkspaceDiff($id: ID!, $from: Int!, $to: Int!, $boardId: ID) {\n    workspace(id: $id) {\n      id\n      diff(from: $from, to: $to, boardId: $boardId) {\n        from\n        to\n        added { taskId title status }\n        removed { taskId title status }\n        changed { taskId before { title } after { title } fields { field from to } }\n      }\n    }\n  }\n": typeof types.WorkspaceDiffDocument,
    "\n  mutation CreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { id name version createdAt createdBy { id name } }\n  }\n": typeof types.CreateCheckpointDocument,
    "\n  mutation DeleteCheckpoint($input: DeleteCheckpointInput!) {\n    deleteCheckpoint(input: $input)\n  }\n": typeof types.DeleteCheckpointDocument,
    "\n  mutation RestoreWorkspace($input: RestoreWorkspaceInput!) {\n    restoreWorkspace(input: $input) {\n      workspace { id version }\n      tasks { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } }\n    }\n  }\n": typeof types.RestoreWorkspaceDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    viewerCanEdit\n    viewerCanDelete\n    author { id name email }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query TaskComments($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task { comments(first: 200) { totalCount edges { node { ...CommentFields } } } }\n    }\n  }\n": typeof types.TaskCommentsDocument,
    "\n  subscription CommentChanged($workspaceId: ID!, $taskId: ID) {\n    commentChanged(workspaceId: $workspaceId, taskId: $taskId) {\n      kind\n      version\n      taskId\n      comment { ...CommentFields }\n    }\n  }\n": typeof types.CommentChangedDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) { ...CommentFields }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) { ...CommentFields }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  fragment TaskEdge on WorkspaceTasksConnectionEdge {\n    cursor\n    node { id }\n  }\n": typeof types.TaskEdgeFragmentDoc,
    "\n  fragment ActivityEdge on WorkspaceActivityConnectionEdge {\n    cursor\n    node { id }\n  }\n": typeof types.ActivityEdgeFragmentDoc,
    "\n  fragment WorkspaceVersion on Workspace {\n    id\n    version\n  }\n": typeof types.WorkspaceVersionFragmentDoc,
    "\n  fragment MemberUser on User {\n    id\n    name\n    email\n  }\n": typeof types.MemberUserFragmentDoc,
    "\n  fragment LabelFields on Label { id name color }\n": typeof types.LabelFieldsFragmentDoc,
    "\n  mutation CreateLabel($input: CreateLabelInput!) { createLabel(input: $input) { id name color } }\n": typeof types.CreateLabelDocument,
    "\n  query SearchTasks($workspaceId: ID!, $query: String!, $first: Int) {\n    search(workspaceId: $workspaceId, query: $query, first: $first) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          snippetSource\n          title { text match }\n          snippet { text match }\n          task { id status board { id } }\n        }\n      }\n    }\n  }\n": typeof types.SearchTasksDocument,
    "\n  query Analytics($id: ID!, $from: DateTime!, $to: DateTime!) {\n    workspace(id: $id) {\n      id\n      analytics(from: $from, to: $to) {\n        days { date todo inProgress blocked done }\n        throughput { weekStart count }\n        cycleTime { count medianHours p85Hours points { doneAt hours task { id title } } }\n        wip\n        blockedHours\n        blockedTasks\n      }\n    }\n  }\n": typeof types.AnalyticsDocument,
    "\n  query Members($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      myRole\n      members { id role joinedAt user { id name email } }\n      invitations { id email role status expired expiresAt createdAt invitedBy { id name } }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role status expired expiresAt createdAt inviteUrl emailSent invitedBy { id name } }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { id role }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    actor { id name email }\n    task { id title workspace { id name } board { id } }\n    comment { id body }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Inbox {\n    unreadNotificationCount\n    notifications(first: 50) { edges { node { ...NotificationFields } } }\n  }\n": typeof types.InboxDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded { ...NotificationFields }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount notifications { id read } }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription Presence($workspaceId: ID!) {\n    presence(workspaceId: $workspaceId) {\n      kind\n      taskId\n      user { id name }\n      viewers { since taskId user { id name } }\n    }\n  }\n": typeof types.PresenceDocument,
    "\n  mutation SetPresence($input: SetPresenceInput!) {\n    setPresence(input: $input)\n  }\n": typeof types.SetPresenceDocument,
    "\n  query ActivityCalendar($year: Int) {\n    me {\n      id\n      name\n      email\n      createdAt\n      activityCalendar(year: $year) { year total currentStreak longestStreak days { date count } }\n    }\n  }\n": typeof types.ActivityCalendarDocument,
    "\n  query RepositoryPanel($id: ID!) {\n    workspace(id: $id) {\n      id\n      myRole\n      repository { id provider name url path defaultBranch hasToken linkedAt linkedBy { id name } }\n      repositorySyncs(first: 10) {\n        edges {\n          node {\n            id branch headSha status phase progress createdAt startedAt completedAt\n            startedBy { id name }\n            stats { filesTotal filesScanned filesSkipped todosFound tasksCreated tasksUpdated tasksClosed tasksReopened }\n            error { code message retryAt }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RepositoryPanelDocument,
    "\n  query RepositoryBranches($workspaceId: ID!) {\n    repositoryBranches(workspaceId: $workspaceId) { name headSha isDefault }\n  }\n": typeof types.RepositoryBranchesDocument,
    "\n  mutation LinkRepository($input: LinkRepositoryInput!) {\n    linkRepository(input: $input) { id provider name url path defaultBranch hasToken linkedAt linkedBy { id name } workspace { id } }\n  }\n": typeof types.LinkRepositoryDocument,
    "\n  mutation UnlinkRepository($input: UnlinkRepositoryInput!) {\n    unlinkRepository(input: $input)\n  }\n": typeof types.UnlinkRepositoryDocument,
    "\n  mutation StartRepositorySync($input: StartRepositorySyncInput!) {\n    startRepositorySync(input: $input) { id branch status phase progress createdAt }\n  }\n": typeof types.StartRepositorySyncDocument,
    "\n  mutation CancelRepositorySync($input: CancelRepositorySyncInput!) {\n    cancelRepositorySync(input: $input) { id status phase progress completedAt }\n  }\n": typeof types.CancelRepositorySyncDocument,
    "\n  subscription RepositorySyncProgress($syncId: ID!) {\n    repositorySyncProgress(syncId: $syncId) { sequence status phase progress filesScanned filesTotal message at sync { id } }\n  }\n": typeof types.RepositorySyncProgressDocument,
    "\n  fragment TaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    position\n    version\n    deleted\n    createdAt\n    updatedAt\n    assignee { id name email }\n    workspace { id }\n    board { id }\n    dueAt\n    labels { id name color }\n    codeRef { path line url present }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  query Board($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      version\n      myRole\n      members { id role joinedAt user { id name email } }\n      boards { id name position archived }\n      labels { id name color }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  subscription TaskChanged($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) {\n      kind\n      version\n      actor { id name }\n      # Where the card was before (its log entry's before-state): a column that never loaded it still counts it out.\n      activity { id before }\n      task { ...TaskFields }\n    }\n  }\n": typeof types.TaskChangedDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { ...TaskFields }\n  }\n": typeof types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { ...TaskFields }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) { ...TaskFields }\n  }\n": typeof types.MoveTaskDocument,
    "\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input)\n  }\n": typeof types.DeleteTaskDocument,
    "\n  mutation Undo($input: UndoInput!) {\n    undo(input: $input) { ...TaskFields lastChange { id action metadata } }\n  }\n": typeof types.UndoDocument,
    "\n  mutation Redo($input: RedoInput!) {\n    redo(input: $input) { ...TaskFields lastChange { id action metadata } }\n  }\n": typeof types.RedoDocument,
    "\n  mutation RestoreTask($input: RestoreTaskInput!) {\n    restoreTask(input: $input) { ...TaskFields }\n  }\n": typeof types.RestoreTaskDocument,
    "\n  query Task($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task { ...TaskFields }\n    }\n  }\n": typeof types.TaskDocument,
    "\n  query TaskHistory($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task {\n        ...TaskFields\n        history { id version action createdAt metadata actor { id name } before after }\n      }\n    }\n  }\n": typeof types.TaskHistoryDocument,
    "\n  query WorkspaceEvents($id: ID!, $since: Int!, $first: Int) {\n    workspace(id: $id) {\n      id\n      events(since: $since, first: $first) { hasMore events { id version action entityType entityId } }\n    }\n  }\n": typeof types.WorkspaceEventsDocument,
    "\n  query Workspaces {\n    workspaces { id name myRole }\n    myInvitations { id workspaceName role status createdAt invitedBy { id name } }\n  }\n": typeof types.WorkspacesDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id name myRole }\n  }\n": typeof types.CreateWorkspaceDocument,
    "\n  mutation RenameWorkspace($input: RenameWorkspaceInput!) {\n    renameWorkspace(input: $input) { id name }\n  }\n": typeof types.RenameWorkspaceDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status workspace { id name myRole } }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) { id status }\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  query InvitationByToken($token: String!) {\n    invitation(token: $token) { id email role status expired expiresAt workspaceName invitedBy { id name } }\n  }\n": typeof types.InvitationByTokenDocument,
    "\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) { id email role status expired expiresAt inviteUrl emailSent }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) { id status }\n  }\n": typeof types.RevokeInvitationDocument,
};
const documents: Documents = {
    "\n  fragment ActivityFields on Activity {\n    id\n    version\n    action\n    entityType\n    entityId\n    metadata\n    createdAt\n    actor { id name }\n    subject { id name }\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query Activity($id: ID!) {\n    workspace(id: $id) {\n      id\n      activity(first: 40) { edges { cursor node { ...ActivityFields } } }\n    }\n  }\n": types.ActivityDocument,
    "\n  subscription ActivityAdded($workspaceId: ID!, $since: Int) {\n    activityAdded(workspaceId: $workspaceId, since: $since) { ...ActivityFields }\n  }\n": types.ActivityAddedDocument,
    "\n  query Me {\n    me { id name email }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { token user { id name email } }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id name email } }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query BoardColumn($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {\n    workspace(id: $id) {\n      id\n      # The log version the count was read at: live events up to it are already in the count (cache/boardList.ts).\n      version\n      tasks(boardId: $boardId, status: $status, first: $first, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } dueAt labels { id name color } codeRef { path line url present } }\n        }\n      }\n    }\n  }\n": types.BoardColumnDocument,
    "\n  query BoardColumnPage($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $after: String!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {\n    workspace(id: $id) {\n      id\n      tasks(boardId: $boardId, status: $status, first: $first, after: $after, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } dueAt labels { id name color } codeRef { path line url present } }\n        }\n      }\n    }\n  }\n": types.BoardColumnPageDocument,
    "\n  query BoardColumnCount($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {\n    workspace(id: $id) {\n      id\n      tasks(boardId: $boardId, status: $status, first: $first, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) { totalCount }\n    }\n  }\n": types.BoardColumnCountDocument,
    "\n  query Boards($id: ID!) {\n    workspace(id: $id) { id myRole boards { id name position archived } }\n  }\n": types.BoardsDocument,
    "\n  mutation CreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) { id name position archived workspace { id } }\n  }\n": types.CreateBoardDocument,
    "\n  mutation RenameBoard($input: RenameBoardInput!) {\n    renameBoard(input: $input) { id name }\n  }\n": types.RenameBoardDocument,
    "\n  mutation ArchiveBoard($input: ArchiveBoardInput!) {\n    archiveBoard(input: $input) { id archived }\n  }\n": types.ArchiveBoardDocument,
    "\n  query Checkpoints($id: ID!) {\n    workspace(id: $id) { id version myRole checkpoints { id name version createdAt createdBy { id name } } }\n  }\n": types.CheckpointsDocument,
    "\n  query WorkspaceDiff($id: ID!, $from: Int!, $to: Int!, $boardId: ID) {\n    workspace(id: $id) {\n      id\n      diff(from: $from, to: $to, boardId: $boardId) {\n        from\n        to\n        added { taskId title status }\n        removed { taskId title status }\n        changed { taskId before { title } after { title } fields { field from to } }\n      }\n    }\n  }\n": types.WorkspaceDiffDocument,
    "\n  mutation CreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { id name version createdAt createdBy { id name } }\n  }\n": types.CreateCheckpointDocument,
    "\n  mutation DeleteCheckpoint($input: DeleteCheckpointInput!) {\n    deleteCheckpoint(input: $input)\n  }\n": types.DeleteCheckpointDocument,
    "\n  mutation RestoreWorkspace($input: RestoreWorkspaceInput!) {\n    restoreWorkspace(input: $input) {\n      workspace { id version }\n      tasks { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } }\n    }\n  }\n": types.RestoreWorkspaceDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    viewerCanEdit\n    viewerCanDelete\n    author { id name email }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query TaskComments($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task { comments(first: 200) { totalCount edges { node { ...CommentFields } } } }\n    }\n  }\n": types.TaskCommentsDocument,
    "\n  subscription CommentChanged($workspaceId: ID!, $taskId: ID) {\n    commentChanged(workspaceId: $workspaceId, taskId: $taskId) {\n      kind\n      version\n      taskId\n      comment { ...CommentFields }\n    }\n  }\n": types.CommentChangedDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) { ...CommentFields }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) { ...CommentFields }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n": types.DeleteCommentDocument,
    "\n  fragment TaskEdge on WorkspaceTasksConnectionEdge {\n    cursor\n    node { id }\n  }\n": types.TaskEdgeFragmentDoc,
    "\n  fragment ActivityEdge on WorkspaceActivityConnectionEdge {\n    cursor\n    node { id }\n  }\n": types.ActivityEdgeFragmentDoc,
    "\n  fragment WorkspaceVersion on Workspace {\n    id\n    version\n  }\n": types.WorkspaceVersionFragmentDoc,
    "\n  fragment MemberUser on User {\n    id\n    name\n    email\n  }\n": types.MemberUserFragmentDoc,
    "\n  fragment LabelFields on Label { id name color }\n": types.LabelFieldsFragmentDoc,
    "\n  mutation CreateLabel($input: CreateLabelInput!) { createLabel(input: $input) { id name color } }\n": types.CreateLabelDocument,
    "\n  query SearchTasks($workspaceId: ID!, $query: String!, $first: Int) {\n    search(workspaceId: $workspaceId, query: $query, first: $first) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          snippetSource\n          title { text match }\n          snippet { text match }\n          task { id status board { id } }\n        }\n      }\n    }\n  }\n": types.SearchTasksDocument,
    "\n  query Analytics($id: ID!, $from: DateTime!, $to: DateTime!) {\n    workspace(id: $id) {\n      id\n      analytics(from: $from, to: $to) {\n        days { date todo inProgress blocked done }\n        throughput { weekStart count }\n        cycleTime { count medianHours p85Hours points { doneAt hours task { id title } } }\n        wip\n        blockedHours\n        blockedTasks\n      }\n    }\n  }\n": types.AnalyticsDocument,
    "\n  query Members($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      myRole\n      members { id role joinedAt user { id name email } }\n      invitations { id email role status expired expiresAt createdAt invitedBy { id name } }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role status expired expiresAt createdAt inviteUrl emailSent invitedBy { id name } }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { id role }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": types.RemoveMemberDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    actor { id name email }\n    task { id title workspace { id name } board { id } }\n    comment { id body }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Inbox {\n    unreadNotificationCount\n    notifications(first: 50) { edges { node { ...NotificationFields } } }\n  }\n": types.InboxDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded { ...NotificationFields }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount notifications { id read } }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription Presence($workspaceId: ID!) {\n    presence(workspaceId: $workspaceId) {\n      kind\n      taskId\n      user { id name }\n      viewers { since taskId user { id name } }\n    }\n  }\n": types.PresenceDocument,
    "\n  mutation SetPresence($input: SetPresenceInput!) {\n    setPresence(input: $input)\n  }\n": types.SetPresenceDocument,
    "\n  query ActivityCalendar($year: Int) {\n    me {\n      id\n      name\n      email\n      createdAt\n      activityCalendar(year: $year) { year total currentStreak longestStreak days { date count } }\n    }\n  }\n": types.ActivityCalendarDocument,
    "\n  query RepositoryPanel($id: ID!) {\n    workspace(id: $id) {\n      id\n      myRole\n      repository { id provider name url path defaultBranch hasToken linkedAt linkedBy { id name } }\n      repositorySyncs(first: 10) {\n        edges {\n          node {\n            id branch headSha status phase progress createdAt startedAt completedAt\n            startedBy { id name }\n            stats { filesTotal filesScanned filesSkipped todosFound tasksCreated tasksUpdated tasksClosed tasksReopened }\n            error { code message retryAt }\n          }\n        }\n      }\n    }\n  }\n": types.RepositoryPanelDocument,
    "\n  query RepositoryBranches($workspaceId: ID!) {\n    repositoryBranches(workspaceId: $workspaceId) { name headSha isDefault }\n  }\n": types.RepositoryBranchesDocument,
    "\n  mutation LinkRepository($input: LinkRepositoryInput!) {\n    linkRepository(input: $input) { id provider name url path defaultBranch hasToken linkedAt linkedBy { id name } workspace { id } }\n  }\n": types.LinkRepositoryDocument,
    "\n  mutation UnlinkRepository($input: UnlinkRepositoryInput!) {\n    unlinkRepository(input: $input)\n  }\n": types.UnlinkRepositoryDocument,
    "\n  mutation StartRepositorySync($input: StartRepositorySyncInput!) {\n    startRepositorySync(input: $input) { id branch status phase progress createdAt }\n  }\n": types.StartRepositorySyncDocument,
    "\n  mutation CancelRepositorySync($input: CancelRepositorySyncInput!) {\n    cancelRepositorySync(input: $input) { id status phase progress completedAt }\n  }\n": types.CancelRepositorySyncDocument,
    "\n  subscription RepositorySyncProgress($syncId: ID!) {\n    repositorySyncProgress(syncId: $syncId) { sequence status phase progress filesScanned filesTotal message at sync { id } }\n  }\n": types.RepositorySyncProgressDocument,
    "\n  fragment TaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    position\n    version\n    deleted\n    createdAt\n    updatedAt\n    assignee { id name email }\n    workspace { id }\n    board { id }\n    dueAt\n    labels { id name color }\n    codeRef { path line url present }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  query Board($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      version\n      myRole\n      members { id role joinedAt user { id name email } }\n      boards { id name position archived }\n      labels { id name color }\n    }\n  }\n": types.BoardDocument,
    "\n  subscription TaskChanged($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) {\n      kind\n      version\n      actor { id name }\n      # Where the card was before (its log entry's before-state): a column that never loaded it still counts it out.\n      activity { id before }\n      task { ...TaskFields }\n    }\n  }\n": types.TaskChangedDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { ...TaskFields }\n  }\n": types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { ...TaskFields }\n  }\n": types.UpdateTaskDocument,
    "\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) { ...TaskFields }\n  }\n": types.MoveTaskDocument,
    "\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input)\n  }\n": types.DeleteTaskDocument,
    "\n  mutation Undo($input: UndoInput!) {\n    undo(input: $input) { ...TaskFields lastChange { id action metadata } }\n  }\n": types.UndoDocument,
    "\n  mutation Redo($input: RedoInput!) {\n    redo(input: $input) { ...TaskFields lastChange { id action metadata } }\n  }\n": types.RedoDocument,
    "\n  mutation RestoreTask($input: RestoreTaskInput!) {\n    restoreTask(input: $input) { ...TaskFields }\n  }\n": types.RestoreTaskDocument,
    "\n  query Task($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task { ...TaskFields }\n    }\n  }\n": types.TaskDocument,
    "\n  query TaskHistory($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task {\n        ...TaskFields\n        history { id version action createdAt metadata actor { id name } before after }\n      }\n    }\n  }\n": types.TaskHistoryDocument,
    "\n  query WorkspaceEvents($id: ID!, $since: Int!, $first: Int) {\n    workspace(id: $id) {\n      id\n      events(since: $since, first: $first) { hasMore events { id version action entityType entityId } }\n    }\n  }\n": types.WorkspaceEventsDocument,
    "\n  query Workspaces {\n    workspaces { id name myRole }\n    myInvitations { id workspaceName role status createdAt invitedBy { id name } }\n  }\n": types.WorkspacesDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id name myRole }\n  }\n": types.CreateWorkspaceDocument,
    "\n  mutation RenameWorkspace($input: RenameWorkspaceInput!) {\n    renameWorkspace(input: $input) { id name }\n  }\n": types.RenameWorkspaceDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status workspace { id name myRole } }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) { id status }\n  }\n": types.DeclineInvitationDocument,
    "\n  query InvitationByToken($token: String!) {\n    invitation(token: $token) { id email role status expired expiresAt workspaceName invitedBy { id name } }\n  }\n": types.InvitationByTokenDocument,
    "\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) { id email role status expired expiresAt inviteUrl emailSent }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) { id status }\n  }\n": types.RevokeInvitationDocument,
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
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id\n    version\n    action\n    entityType\n    entityId\n    metadata\n    createdAt\n    actor { id name }\n    subject { id name }\n  }\n"): (typeof documents)["\n  fragment ActivityFields on Activity {\n    id\n    version\n    action\n    entityType\n    entityId\n    metadata\n    createdAt\n    actor { id name }\n    subject { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activity($id: ID!) {\n    workspace(id: $id) {\n      id\n      activity(first: 40) { edges { cursor node { ...ActivityFields } } }\n    }\n  }\n"): (typeof documents)["\n  query Activity($id: ID!) {\n    workspace(id: $id) {\n      id\n      activity(first: 40) { edges { cursor node { ...ActivityFields } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ActivityAdded($workspaceId: ID!, $since: Int) {\n    activityAdded(workspaceId: $workspaceId, since: $since) { ...ActivityFields }\n  }\n"): (typeof documents)["\n  subscription ActivityAdded($workspaceId: ID!, $since: Int) {\n    activityAdded(workspaceId: $workspaceId, since: $since) { ...ActivityFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id name email }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id name email }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { token user { id name email } }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { token user { id name email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id name email } }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id name email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumn($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {\n    workspace(id: $id) {\n      id\n      # The log version the count was read at: live events up to it are already in the count (cache/boardList.ts).\n      version\n      tasks(boardId: $boardId, status: $status, first: $first, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } dueAt labels { id name color } codeRef { path line url present } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardColumn($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {\n    workspace(id: $id) {\n      id\n      # The log version the count was read at: live events up to it are already in the count (cache/boardList.ts).\n      version\n      tasks(boardId: $boardId, status: $status, first: $first, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } dueAt labels { id name color } codeRef { path line url present } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumnPage($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $after: String!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {\n    workspace(id: $id) {\n      id\n      tasks(boardId: $boardId, status: $status, first: $first, after: $after, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } dueAt labels { id name color } codeRef { path line url present } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardColumnPage($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $after: String!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {\n    workspace(id: $id) {\n      id\n      tasks(boardId: $boardId, status: $status, first: $first, after: $after, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } dueAt labels { id name color } codeRef { path line url present } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumnCount($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {\n    workspace(id: $id) {\n      id\n      tasks(boardId: $boardId, status: $status, first: $first, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) { totalCount }\n    }\n  }\n"): (typeof documents)["\n  query BoardColumnCount($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $assigneeId: ID, $unassigned: Boolean, $priorities: [TaskPriority!], $labelIds: [ID!], $overdue: Boolean, $dueAfter: DateTime, $dueBefore: DateTime, $noDueDate: Boolean) {\n    workspace(id: $id) {\n      id\n      tasks(boardId: $boardId, status: $status, first: $first, assigneeId: $assigneeId, unassigned: $unassigned, priorities: $priorities, labelIds: $labelIds, overdue: $overdue, dueAfter: $dueAfter, dueBefore: $dueBefore, noDueDate: $noDueDate) { totalCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Boards($id: ID!) {\n    workspace(id: $id) { id myRole boards { id name position archived } }\n  }\n"): (typeof documents)["\n  query Boards($id: ID!) {\n    workspace(id: $id) { id myRole boards { id name position archived } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) { id name position archived workspace { id } }\n  }\n"): (typeof documents)["\n  mutation CreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) { id name position archived workspace { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameBoard($input: RenameBoardInput!) {\n    renameBoard(input: $input) { id name }\n  }\n"): (typeof documents)["\n  mutation RenameBoard($input: RenameBoardInput!) {\n    renameBoard(input: $input) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveBoard($input: ArchiveBoardInput!) {\n    archiveBoard(input: $input) { id archived }\n  }\n"): (typeof documents)["\n  mutation ArchiveBoard($input: ArchiveBoardInput!) {\n    archiveBoard(input: $input) { id archived }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Checkpoints($id: ID!) {\n    workspace(id: $id) { id version myRole checkpoints { id name version createdAt createdBy { id name } } }\n  }\n"): (typeof documents)["\n  query Checkpoints($id: ID!) {\n    workspace(id: $id) { id version myRole checkpoints { id name version createdAt createdBy { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceDiff($id: ID!, $from: Int!, $to: Int!, $boardId: ID) {\n    workspace(id: $id) {\n      id\n      diff(from: $from, to: $to, boardId: $boardId) {\n        from\n        to\n        added { taskId title status }\n        removed { taskId title status }\n        changed { taskId before { title } after { title } fields { field from to } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceDiff($id: ID!, $from: Int!, $to: Int!, $boardId: ID) {\n    workspace(id: $id) {\n      id\n      diff(from: $from, to: $to, boardId: $boardId) {\n        from\n        to\n        added { taskId title status }\n        removed { taskId title status }\n        changed { taskId before { title } after { title } fields { field from to } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { id name version createdAt createdBy { id name } }\n  }\n"): (typeof documents)["\n  mutation CreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { id name version createdAt createdBy { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCheckpoint($input: DeleteCheckpointInput!) {\n    deleteCheckpoint(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteCheckpoint($input: DeleteCheckpointInput!) {\n    deleteCheckpoint(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreWorkspace($input: RestoreWorkspaceInput!) {\n    restoreWorkspace(input: $input) {\n      workspace { id version }\n      tasks { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreWorkspace($input: RestoreWorkspaceInput!) {\n    restoreWorkspace(input: $input) {\n      workspace { id version }\n      tasks { id title description status priority position version deleted createdAt updatedAt assignee { id name email } workspace { id } board { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    viewerCanEdit\n    viewerCanDelete\n    author { id name email }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    viewerCanEdit\n    viewerCanDelete\n    author { id name email }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskComments($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task { comments(first: 200) { totalCount edges { node { ...CommentFields } } } }\n    }\n  }\n"): (typeof documents)["\n  query TaskComments($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task { comments(first: 200) { totalCount edges { node { ...CommentFields } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommentChanged($workspaceId: ID!, $taskId: ID) {\n    commentChanged(workspaceId: $workspaceId, taskId: $taskId) {\n      kind\n      version\n      taskId\n      comment { ...CommentFields }\n    }\n  }\n"): (typeof documents)["\n  subscription CommentChanged($workspaceId: ID!, $taskId: ID) {\n    commentChanged(workspaceId: $workspaceId, taskId: $taskId) {\n      kind\n      version\n      taskId\n      comment { ...CommentFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) { ...CommentFields }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) { ...CommentFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) { ...CommentFields }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) { ...CommentFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskEdge on WorkspaceTasksConnectionEdge {\n    cursor\n    node { id }\n  }\n"): (typeof documents)["\n  fragment TaskEdge on WorkspaceTasksConnectionEdge {\n    cursor\n    node { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityEdge on WorkspaceActivityConnectionEdge {\n    cursor\n    node { id }\n  }\n"): (typeof documents)["\n  fragment ActivityEdge on WorkspaceActivityConnectionEdge {\n    cursor\n    node { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkspaceVersion on Workspace {\n    id\n    version\n  }\n"): (typeof documents)["\n  fragment WorkspaceVersion on Workspace {\n    id\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberUser on User {\n    id\n    name\n    email\n  }\n"): (typeof documents)["\n  fragment MemberUser on User {\n    id\n    name\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LabelFields on Label { id name color }\n"): (typeof documents)["\n  fragment LabelFields on Label { id name color }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLabel($input: CreateLabelInput!) { createLabel(input: $input) { id name color } }\n"): (typeof documents)["\n  mutation CreateLabel($input: CreateLabelInput!) { createLabel(input: $input) { id name color } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTasks($workspaceId: ID!, $query: String!, $first: Int) {\n    search(workspaceId: $workspaceId, query: $query, first: $first) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          snippetSource\n          title { text match }\n          snippet { text match }\n          task { id status board { id } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchTasks($workspaceId: ID!, $query: String!, $first: Int) {\n    search(workspaceId: $workspaceId, query: $query, first: $first) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          snippetSource\n          title { text match }\n          snippet { text match }\n          task { id status board { id } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Analytics($id: ID!, $from: DateTime!, $to: DateTime!) {\n    workspace(id: $id) {\n      id\n      analytics(from: $from, to: $to) {\n        days { date todo inProgress blocked done }\n        throughput { weekStart count }\n        cycleTime { count medianHours p85Hours points { doneAt hours task { id title } } }\n        wip\n        blockedHours\n        blockedTasks\n      }\n    }\n  }\n"): (typeof documents)["\n  query Analytics($id: ID!, $from: DateTime!, $to: DateTime!) {\n    workspace(id: $id) {\n      id\n      analytics(from: $from, to: $to) {\n        days { date todo inProgress blocked done }\n        throughput { weekStart count }\n        cycleTime { count medianHours p85Hours points { doneAt hours task { id title } } }\n        wip\n        blockedHours\n        blockedTasks\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      myRole\n      members { id role joinedAt user { id name email } }\n      invitations { id email role status expired expiresAt createdAt invitedBy { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Members($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      myRole\n      members { id role joinedAt user { id name email } }\n      invitations { id email role status expired expiresAt createdAt invitedBy { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role status expired expiresAt createdAt inviteUrl emailSent invitedBy { id name } }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role status expired expiresAt createdAt inviteUrl emailSent invitedBy { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { id role }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { id role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    actor { id name email }\n    task { id title workspace { id name } board { id } }\n    comment { id body }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    actor { id name email }\n    task { id title workspace { id name } board { id } }\n    comment { id body }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox {\n    unreadNotificationCount\n    notifications(first: 50) { edges { node { ...NotificationFields } } }\n  }\n"): (typeof documents)["\n  query Inbox {\n    unreadNotificationCount\n    notifications(first: 50) { edges { node { ...NotificationFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded { ...NotificationFields }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded { ...NotificationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount notifications { id read } }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount notifications { id read } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Presence($workspaceId: ID!) {\n    presence(workspaceId: $workspaceId) {\n      kind\n      taskId\n      user { id name }\n      viewers { since taskId user { id name } }\n    }\n  }\n"): (typeof documents)["\n  subscription Presence($workspaceId: ID!) {\n    presence(workspaceId: $workspaceId) {\n      kind\n      taskId\n      user { id name }\n      viewers { since taskId user { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPresence($input: SetPresenceInput!) {\n    setPresence(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetPresence($input: SetPresenceInput!) {\n    setPresence(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityCalendar($year: Int) {\n    me {\n      id\n      name\n      email\n      createdAt\n      activityCalendar(year: $year) { year total currentStreak longestStreak days { date count } }\n    }\n  }\n"): (typeof documents)["\n  query ActivityCalendar($year: Int) {\n    me {\n      id\n      name\n      email\n      createdAt\n      activityCalendar(year: $year) { year total currentStreak longestStreak days { date count } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepositoryPanel($id: ID!) {\n    workspace(id: $id) {\n      id\n      myRole\n      repository { id provider name url path defaultBranch hasToken linkedAt linkedBy { id name } }\n      repositorySyncs(first: 10) {\n        edges {\n          node {\n            id branch headSha status phase progress createdAt startedAt completedAt\n            startedBy { id name }\n            stats { filesTotal filesScanned filesSkipped todosFound tasksCreated tasksUpdated tasksClosed tasksReopened }\n            error { code message retryAt }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RepositoryPanel($id: ID!) {\n    workspace(id: $id) {\n      id\n      myRole\n      repository { id provider name url path defaultBranch hasToken linkedAt linkedBy { id name } }\n      repositorySyncs(first: 10) {\n        edges {\n          node {\n            id branch headSha status phase progress createdAt startedAt completedAt\n            startedBy { id name }\n            stats { filesTotal filesScanned filesSkipped todosFound tasksCreated tasksUpdated tasksClosed tasksReopened }\n            error { code message retryAt }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepositoryBranches($workspaceId: ID!) {\n    repositoryBranches(workspaceId: $workspaceId) { name headSha isDefault }\n  }\n"): (typeof documents)["\n  query RepositoryBranches($workspaceId: ID!) {\n    repositoryBranches(workspaceId: $workspaceId) { name headSha isDefault }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkRepository($input: LinkRepositoryInput!) {\n    linkRepository(input: $input) { id provider name url path defaultBranch hasToken linkedAt linkedBy { id name } workspace { id } }\n  }\n"): (typeof documents)["\n  mutation LinkRepository($input: LinkRepositoryInput!) {\n    linkRepository(input: $input) { id provider name url path defaultBranch hasToken linkedAt linkedBy { id name } workspace { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkRepository($input: UnlinkRepositoryInput!) {\n    unlinkRepository(input: $input)\n  }\n"): (typeof documents)["\n  mutation UnlinkRepository($input: UnlinkRepositoryInput!) {\n    unlinkRepository(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRepositorySync($input: StartRepositorySyncInput!) {\n    startRepositorySync(input: $input) { id branch status phase progress createdAt }\n  }\n"): (typeof documents)["\n  mutation StartRepositorySync($input: StartRepositorySyncInput!) {\n    startRepositorySync(input: $input) { id branch status phase progress createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRepositorySync($input: CancelRepositorySyncInput!) {\n    cancelRepositorySync(input: $input) { id status phase progress completedAt }\n  }\n"): (typeof documents)["\n  mutation CancelRepositorySync($input: CancelRepositorySyncInput!) {\n    cancelRepositorySync(input: $input) { id status phase progress completedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RepositorySyncProgress($syncId: ID!) {\n    repositorySyncProgress(syncId: $syncId) { sequence status phase progress filesScanned filesTotal message at sync { id } }\n  }\n"): (typeof documents)["\n  subscription RepositorySyncProgress($syncId: ID!) {\n    repositorySyncProgress(syncId: $syncId) { sequence status phase progress filesScanned filesTotal message at sync { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    position\n    version\n    deleted\n    createdAt\n    updatedAt\n    assignee { id name email }\n    workspace { id }\n    board { id }\n    dueAt\n    labels { id name color }\n    codeRef { path line url present }\n  }\n"): (typeof documents)["\n  fragment TaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    position\n    version\n    deleted\n    createdAt\n    updatedAt\n    assignee { id name email }\n    workspace { id }\n    board { id }\n    dueAt\n    labels { id name color }\n    codeRef { path line url present }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      version\n      myRole\n      members { id role joinedAt user { id name email } }\n      boards { id name position archived }\n      labels { id name color }\n    }\n  }\n"): (typeof documents)["\n  query Board($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      version\n      myRole\n      members { id role joinedAt user { id name email } }\n      boards { id name position archived }\n      labels { id name color }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskChanged($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) {\n      kind\n      version\n      actor { id name }\n      # Where the card was before (its log entry's before-state): a column that never loaded it still counts it out.\n      activity { id before }\n      task { ...TaskFields }\n    }\n  }\n"): (typeof documents)["\n  subscription TaskChanged($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) {\n      kind\n      version\n      actor { id name }\n      # Where the card was before (its log entry's before-state): a column that never loaded it still counts it out.\n      activity { id before }\n      task { ...TaskFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { ...TaskFields }\n  }\n"): (typeof documents)["\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { ...TaskFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { ...TaskFields }\n  }\n"): (typeof documents)["\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { ...TaskFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) { ...TaskFields }\n  }\n"): (typeof documents)["\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) { ...TaskFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Undo($input: UndoInput!) {\n    undo(input: $input) { ...TaskFields lastChange { id action metadata } }\n  }\n"): (typeof documents)["\n  mutation Undo($input: UndoInput!) {\n    undo(input: $input) { ...TaskFields lastChange { id action metadata } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Redo($input: RedoInput!) {\n    redo(input: $input) { ...TaskFields lastChange { id action metadata } }\n  }\n"): (typeof documents)["\n  mutation Redo($input: RedoInput!) {\n    redo(input: $input) { ...TaskFields lastChange { id action metadata } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreTask($input: RestoreTaskInput!) {\n    restoreTask(input: $input) { ...TaskFields }\n  }\n"): (typeof documents)["\n  mutation RestoreTask($input: RestoreTaskInput!) {\n    restoreTask(input: $input) { ...TaskFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Task($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task { ...TaskFields }\n    }\n  }\n"): (typeof documents)["\n  query Task($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task { ...TaskFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskHistory($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task {\n        ...TaskFields\n        history { id version action createdAt metadata actor { id name } before after }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskHistory($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task {\n        ...TaskFields\n        history { id version action createdAt metadata actor { id name } before after }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceEvents($id: ID!, $since: Int!, $first: Int) {\n    workspace(id: $id) {\n      id\n      events(since: $since, first: $first) { hasMore events { id version action entityType entityId } }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceEvents($id: ID!, $since: Int!, $first: Int) {\n    workspace(id: $id) {\n      id\n      events(since: $since, first: $first) { hasMore events { id version action entityType entityId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workspaces {\n    workspaces { id name myRole }\n    myInvitations { id workspaceName role status createdAt invitedBy { id name } }\n  }\n"): (typeof documents)["\n  query Workspaces {\n    workspaces { id name myRole }\n    myInvitations { id workspaceName role status createdAt invitedBy { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id name myRole }\n  }\n"): (typeof documents)["\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id name myRole }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameWorkspace($input: RenameWorkspaceInput!) {\n    renameWorkspace(input: $input) { id name }\n  }\n"): (typeof documents)["\n  mutation RenameWorkspace($input: RenameWorkspaceInput!) {\n    renameWorkspace(input: $input) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status workspace { id name myRole } }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status workspace { id name myRole } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation DeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationByToken($token: String!) {\n    invitation(token: $token) { id email role status expired expiresAt workspaceName invitedBy { id name } }\n  }\n"): (typeof documents)["\n  query InvitationByToken($token: String!) {\n    invitation(token: $token) { id email role status expired expiresAt workspaceName invitedBy { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) { id email role status expired expiresAt inviteUrl emailSent }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) { id email role status expired expiresAt inviteUrl emailSent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) { id status }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;