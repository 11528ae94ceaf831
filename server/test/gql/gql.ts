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
    "\n  query AnalyticsOf($id: ID!, $from: DateTime!, $to: DateTime!) {\n    workspace(id: $id) {\n      analytics(from: $from, to: $to) {\n        days { date todo inProgress blocked done }\n        throughput { weekStart count }\n        cycleTime { count medianHours p85Hours points { hours task { title } } }\n        wip blockedHours blockedTasks\n      }\n    }\n  }\n": typeof types.AnalyticsOfDocument,
    "\n  query AuthMe {\n    me { id name email }\n  }\n": typeof types.AuthMeDocument,
    "\n  query BoardColumnsPage($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $after: String) {\n    workspace(id: $id) {\n      tasks(boardId: $boardId, status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id title status position board { id } } }\n      }\n    }\n  }\n": typeof types.BoardColumnsPageDocument,
    "\n  query BoardColumnFiltered($id: ID!, $unassigned: Boolean, $assigneeId: ID) {\n    node(id: $id) { ... on Board { tasks(first: 5, unassigned: $unassigned, assigneeId: $assigneeId) { totalCount } } }\n  }\n": typeof types.BoardColumnFilteredDocument,
    "\n    query FilteredColumn($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $unassigned: Boolean, $noDueDate: Boolean, $assigneeId: ID, $overdue: Boolean) {\n      workspace(id: $id) {\n        tasks(boardId: $boardId, status: $status, first: $first, unassigned: $unassigned, noDueDate: $noDueDate, assigneeId: $assigneeId, overdue: $overdue) {\n          totalCount\n          edges { node { id title } }\n        }\n      }\n    }\n  ": typeof types.FilteredColumnDocument,
    "\n  mutation BoardsMigrationSignIn($input: SignInInput!) {\n    signIn(input: $input) { token }\n  }\n": typeof types.BoardsMigrationSignInDocument,
    "\n  query BoardsMigrationWorkspaces {\n    workspaces { name boards { name tasks { totalCount edges { node { title board { name } } } } } board(atVersion: 3) { title board { name } } }\n  }\n": typeof types.BoardsMigrationWorkspacesDocument,
    "\n  query BoardsList($id: ID!, $includeArchived: Boolean) {\n    workspace(id: $id) {\n      version\n      boards(includeArchived: $includeArchived) { id name archived version tasks { totalCount edges { node { id title status position } } } }\n    }\n  }\n": typeof types.BoardsListDocument,
    "\n  mutation BoardsRename($input: RenameBoardInput!) {\n    renameBoard(input: $input) { id name }\n  }\n": typeof types.BoardsRenameDocument,
    "\n  mutation BoardsArchive($input: ArchiveBoardInput!) {\n    archiveBoard(input: $input) { id archived archivedAt }\n  }\n": typeof types.BoardsArchiveDocument,
    "\n  subscription BoardsTaskChanged($workspaceId: ID!, $boardId: ID, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, boardId: $boardId, since: $since) { kind version task { id title board { id } } }\n  }\n": typeof types.BoardsTaskChangedDocument,
    "\n  query BoardsNode($id: ID!) {\n    node(id: $id) { ... on Board { id name } }\n  }\n": typeof types.BoardsNodeDocument,
    "\n  subscription BoardsActivityAdded($workspaceId: ID!) {\n    activityAdded(workspaceId: $workspaceId) { version action entityType entityId actor { id } }\n  }\n": typeof types.BoardsActivityAddedDocument,
    "\n  mutation BoardsCreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { id }\n  }\n": typeof types.BoardsCreateCheckpointDocument,
    "\n  mutation BoardsDeleteCheckpoint($input: DeleteCheckpointInput!) {\n    deleteCheckpoint(input: $input)\n  }\n": typeof types.BoardsDeleteCheckpointDocument,
    "\n  query BoardsActivity($id: ID!) {\n    workspace(id: $id) { activity(first: 3) { edges { node { action entityType entityId } } } }\n  }\n": typeof types.BoardsActivityDocument,
    "\n  query CalendarMine($year: Int) {\n    me {\n      id\n      activityCalendar(year: $year) {\n        year\n        total\n        currentStreak\n        longestStreak\n        days { date count }\n      }\n    }\n  }\n": typeof types.CalendarMineDocument,
    "\n  query CalendarOthers($id: ID!) {\n    node(id: $id) {\n      ... on User { id activityCalendar { total } }\n    }\n  }\n": typeof types.CalendarOthersDocument,
    "\n  mutation CheckpointsCreate($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { id name version createdBy { id } }\n  }\n": typeof types.CheckpointsCreateDocument,
    "\n  mutation CheckpointsDelete($input: DeleteCheckpointInput!) {\n    deleteCheckpoint(input: $input)\n  }\n": typeof types.CheckpointsDeleteDocument,
    "\n  query CheckpointsList($id: ID!) {\n    workspace(id: $id) { version checkpoints { id name version } boards { id name } }\n  }\n": typeof types.CheckpointsListDocument,
    "\n  query CheckpointsDiff($id: ID!, $from: Int!, $to: Int!, $boardId: ID) {\n    workspace(id: $id) {\n      diff(from: $from, to: $to, boardId: $boardId) {\n        from to\n        added { taskId title status }\n        removed { taskId title }\n        changed { taskId before { title } after { title board { id } } fields { field from to } }\n      }\n    }\n  }\n": typeof types.CheckpointsDiffDocument,
    "\n  mutation CheckpointsRestore($input: RestoreWorkspaceInput!) {\n    restoreWorkspace(input: $input) { workspace { version } tasks { id title status deleted board { id } } }\n  }\n": typeof types.CheckpointsRestoreDocument,
    "\n  query CheckpointsBoardTasks($id: ID!) {\n    workspace(id: $id) { boards { name tasks { edges { node { title status } } } } }\n  }\n": typeof types.CheckpointsBoardTasksDocument,
    "\n  subscription CheckpointsTaskChanged($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { kind version task { title deleted } }\n  }\n": typeof types.CheckpointsTaskChangedDocument,
    "\n  query CommentsOfTask($id: ID!) {\n    node(id: $id) { ... on Task { comments { totalCount edges { node { id body author { name } viewerCanEdit viewerCanDelete } } } } }\n  }\n": typeof types.CommentsOfTaskDocument,
    "\n  query CommentsNode($id: ID!) {\n    node(id: $id) { ... on Comment { id body } }\n  }\n": typeof types.CommentsNodeDocument,
    "\n  query CommentsVersion($id: ID!) {\n    workspace(id: $id) { version activity(first: 1) { edges { node { action entityType entityId metadata } } } }\n  }\n": typeof types.CommentsVersionDocument,
    "\n  subscription CommentsAdded($workspaceId: ID!, $taskId: ID) {\n    commentAdded(workspaceId: $workspaceId, taskId: $taskId) { id body author { id } }\n  }\n": typeof types.CommentsAddedDocument,
    "\n  subscription CommentsChanged($workspaceId: ID!, $taskId: ID, $since: Int) {\n    commentChanged(workspaceId: $workspaceId, taskId: $taskId, since: $since) { kind version taskId comment { id body deleted } actor { id } }\n  }\n": typeof types.CommentsChangedDocument,
    "\n  mutation ExportLabel($input: CreateLabelInput!) { createLabel(input: $input) { id } }\n": typeof types.ExportLabelDocument,
    "\n  subscription FanoutChanges($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) {\n      kind\n      version\n      task { title status version deleted assignee { name } createdBy { name } }\n      actor { name }\n    }\n  }\n": typeof types.FanoutChangesDocument,
    "\n  subscription FanoutActorCalendar($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { version actor { name activityCalendar { total } } }\n  }\n": typeof types.FanoutActorCalendarDocument,
    "\n  subscription FanoutMyRole($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { version task { workspace { myRole } } }\n  }\n": typeof types.FanoutMyRoleDocument,
    "\n  mutation FanoutWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }\n": typeof types.FanoutWorkspaceDocument,
    "\n  mutation HttpCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id }\n  }\n": typeof types.HttpCreateWorkspaceDocument,
    "\n  fragment RepoSyncFields on RepositorySync {\n    id branch headSha status phase progress createdAt startedAt completedAt\n    stats { filesTotal filesScanned filesSkipped todosFound tasksCreated tasksUpdated tasksClosed tasksReopened }\n    error { code message retryAt }\n    previousSync { id } nextSync { id }\n  }\n": typeof types.RepoSyncFieldsFragmentDoc,
    "\n  mutation RepoSyncLink($input: LinkRepositoryInput!) {\n    linkRepository(input: $input) { id provider name url path defaultBranch hasToken linkedBy { id } }\n  }\n": typeof types.RepoSyncLinkDocument,
    "\n  mutation RepoSyncUnlink($input: UnlinkRepositoryInput!) {\n    unlinkRepository(input: $input)\n  }\n": typeof types.RepoSyncUnlinkDocument,
    "\n  mutation RepoSyncStart($input: StartRepositorySyncInput!) {\n    startRepositorySync(input: $input) { ...RepoSyncFields }\n  }\n": typeof types.RepoSyncStartDocument,
    "\n  mutation RepoSyncCancel($input: CancelRepositorySyncInput!) {\n    cancelRepositorySync(input: $input) { ...RepoSyncFields }\n  }\n": typeof types.RepoSyncCancelDocument,
    "\n  query RepoSyncBranches($workspaceId: ID!) {\n    repositoryBranches(workspaceId: $workspaceId) { name headSha isDefault }\n  }\n": typeof types.RepoSyncBranchesDocument,
    "\n  query RepoSyncNode($id: ID!) {\n    node(id: $id) { __typename ...RepoSyncFields }\n  }\n": typeof types.RepoSyncNodeDocument,
    "\n  query RepoSyncCodeTasks($id: ID!) {\n    workspace(id: $id) {\n      version\n      repository { id name }\n      tasks(first: 1000) {\n        edges { node { id title description status version labels { name color } codeRef { path line tag reference commitSha url present } } }\n      }\n    }\n  }\n": typeof types.RepoSyncCodeTasksDocument,
    "\n  query GuaranteesHead($id: ID!) {\n    workspace(id: $id) { version tasks(first: 500) { totalCount } }\n  }\n": typeof types.GuaranteesHeadDocument,
    "\n  query GuaranteesEvents($id: ID!, $since: Int!, $first: Int) {\n    workspace(id: $id) { events(since: $since, first: $first) { hasMore events { version action } } }\n  }\n": typeof types.GuaranteesEventsDocument,
    "\n  subscription GuaranteesVersions($workspaceId: ID!, $since: Int) {\n    activityAdded(workspaceId: $workspaceId, since: $since) { version }\n  }\n": typeof types.GuaranteesVersionsDocument,
    "mutation GuaranteesWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }": typeof types.GuaranteesWorkspaceDocument,
    "\n  mutation HistoryRestore($input: RestoreTaskInput!) {\n    restoreTask(input: $input) { id title status deleted }\n  }\n": typeof types.HistoryRestoreDocument,
    "\n  query HistoryBoard($id: ID!, $at: Int) {\n    workspace(id: $id) {\n      version\n      board(atVersion: $at) { taskId title status }\n      tasks(first: 100) { edges { node { id title status } } }\n    }\n  }\n": typeof types.HistoryBoardDocument,
    "\n  query HistoryOfTask($id: ID!) {\n    node(id: $id) {\n      ... on Task { history { version action actor { name } before after } }\n    }\n  }\n": typeof types.HistoryOfTaskDocument,
    "\n  query ImportBoard($id: ID!) {\n    workspace(id: $id) {\n      version\n      labels { name color }\n      tasks(first: 100) { totalCount edges { node { title description status dueAt assignee { email } labels { name } } } }\n    }\n  }\n": typeof types.ImportBoardDocument,
    "\n  mutation InvInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role status inviteUrl emailSent expired }\n  }\n": typeof types.InvInviteDocument,
    "\n  mutation InvResend($input: InvitationIdInput!) { resendInvitation(input: $input) { id status inviteUrl } }\n": typeof types.InvResendDocument,
    "\n  mutation InvRevoke($input: InvitationIdInput!) { revokeInvitation(input: $input) { id status inviteUrl } }\n": typeof types.InvRevokeDocument,
    "\n  mutation InvDecline($input: DeclineInvitationInput!) { declineInvitation(input: $input) { id status } }\n": typeof types.InvDeclineDocument,
    "\n  mutation InvAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status role inviteUrl workspace { id myRole } }\n  }\n": typeof types.InvAcceptDocument,
    "\n  query InvByToken($token: String!) {\n    invitation(token: $token) { id email role status expired workspaceName invitedBy { name } workspace { id } inviteUrl }\n  }\n": typeof types.InvByTokenDocument,
    "\n  query InvMine { myInvitations { id workspaceName role inviteUrl } }\n": typeof types.InvMineDocument,
    "\n  query InvPending($id: ID!) { workspace(id: $id) { invitations { id inviteUrl } } }\n": typeof types.InvPendingDocument,
    "\n  query InvNode($id: ID!) { node(id: $id) { ... on Invitation { id status inviteUrl } } }\n": typeof types.InvNodeDocument,
    "\n  query InvLog($id: ID!) { workspace(id: $id) { events(since: 0, first: 500) { events { action entityType metadata actor { id } } } } }\n": typeof types.InvLogDocument,
    "mutation InvWorkspaceHere($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }": typeof types.InvWorkspaceHereDocument,
    "\n  mutation LabelsCreate($input: CreateLabelInput!) { createLabel(input: $input) { id name color } }\n": typeof types.LabelsCreateDocument,
    "\n  mutation LabelsUpdate($input: UpdateLabelInput!) { updateLabel(input: $input) { id name color } }\n": typeof types.LabelsUpdateDocument,
    "\n  mutation LabelsDelete($id: ID!) { deleteLabel(id: $id) }\n": typeof types.LabelsDeleteDocument,
    "\n  mutation LabelsSet($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id version dueAt labels { id name color } }\n  }\n": typeof types.LabelsSetDocument,
    "\n  query LabelsBoard($id: ID!, $labelIds: [ID!], $priorities: [TaskPriority!], $dueAfter: DateTime, $dueBefore: DateTime, $overdue: Boolean, $assigneeId: ID) {\n    workspace(id: $id) {\n      version\n      labels { id name color }\n      tasks(labelIds: $labelIds, priorities: $priorities, dueAfter: $dueAfter, dueBefore: $dueBefore, overdue: $overdue, assigneeId: $assigneeId, first: 100) {\n        totalCount\n        edges { node { title dueAt labels { name } } }\n      }\n    }\n  }\n": typeof types.LabelsBoardDocument,
    "\n  query LabelsHistory($id: ID!) {\n    node(id: $id) { ... on Task { history { action after } } }\n  }\n": typeof types.LabelsHistoryDocument,
    "\n  subscription LabelsLive($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) { kind task { id dueAt labels { name } } }\n  }\n": typeof types.LabelsLiveDocument,
    "\n  mutation PgBusWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }\n": typeof types.PgBusWorkspaceDocument,
    "\n  subscription PgBusVersions($workspaceId: ID!) { activityAdded(workspaceId: $workspaceId) { version } }\n": typeof types.PgBusVersionsDocument,
    "\n  subscription PgBusTitles($workspaceId: ID!) { taskChanged(workspaceId: $workspaceId) { version task { title } } }\n": typeof types.PgBusTitlesDocument,
    "\n  mutation FanOutWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }\n": typeof types.FanOutWorkspaceDocument,
    "\n  subscription FanOutVersions($workspaceId: ID!) { activityAdded(workspaceId: $workspaceId) { version } }\n": typeof types.FanOutVersionsDocument,
    "\n  mutation SharedInstancesWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n": typeof types.SharedInstancesWorkspaceDocument,
    "\n  query SharedInstancesLog($id: ID!, $since: Int!) {\n    workspace(id: $id) {\n      version\n      events(since: $since, first: 500) { events { version action entityId before after } }\n    }\n  }\n": typeof types.SharedInstancesLogDocument,
    "\n  query NotificationsInbox($unreadOnly: Boolean) {\n    unreadNotificationCount\n    notifications(unreadOnly: $unreadOnly) { edges { node { id kind read actor { name } task { title } comment { body } workspace { name } } } }\n  }\n": typeof types.NotificationsInboxDocument,
    "\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount notifications { id read } }\n  }\n": typeof types.NotificationsMarkReadDocument,
    "\n  mutation NotificationsRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": typeof types.NotificationsRemoveMemberDocument,
    "\n  subscription NotificationsAdded {\n    notificationAdded { id kind read actor { name } task { title } comment { body } }\n  }\n": typeof types.NotificationsAddedDocument,
    "\n  mutation HeartbeatWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n": typeof types.HeartbeatWorkspaceDocument,
    "\n  mutation HeartbeatInvite($input: InviteMemberInput!) { inviteMember(input: $input) { id inviteUrl } }\n": typeof types.HeartbeatInviteDocument,
    "\n  mutation HeartbeatAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }\n": typeof types.HeartbeatAcceptDocument,
    "\n  subscription HeartbeatPresence($workspaceId: ID!) { presence(workspaceId: $workspaceId) { kind user { id } } }\n": typeof types.HeartbeatPresenceDocument,
    "\n  subscription PresenceWatch($workspaceId: ID!) {\n    presence(workspaceId: $workspaceId) {\n      kind\n      taskId\n      user { id name }\n      viewers { user { id } taskId since }\n    }\n  }\n": typeof types.PresenceWatchDocument,
    "\n  mutation PresenceSet($input: SetPresenceInput!) {\n    setPresence(input: $input)\n  }\n": typeof types.PresenceSetDocument,
    "\n  mutation RacingDeleteUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title version assignee { id name } createdBy { id } workspace { id } labels { id } comments(first: 5) { totalCount } }\n  }\n": typeof types.RacingDeleteUpdateDocument,
    "\n  mutation RestoreUndoRestoreTask($input: RestoreTaskInput!) {\n    restoreTask(input: $input) { id title status deleted version }\n  }\n": typeof types.RestoreUndoRestoreTaskDocument,
    "\n  mutation RestoreUndoUndo($input: UndoInput!) {\n    undo(input: $input) { id title status deleted lastChange { action metadata } }\n  }\n": typeof types.RestoreUndoUndoDocument,
    "\n  query RestoreUndoTask($id: ID!) {\n    node(id: $id) {\n      ... on Task { title status deleted lastChange { action metadata } }\n    }\n  }\n": typeof types.RestoreUndoTaskDocument,
    "\n  query RestoreUndoVersion($id: ID!) {\n    workspace(id: $id) { version }\n  }\n": typeof types.RestoreUndoVersionDocument,
    "\n  query RestoreUndoActivity($id: ID!) {\n    workspace(id: $id) { activity(first: 5) { edges { node { action subject { name } metadata } } } }\n  }\n": typeof types.RestoreUndoActivityDocument,
    "\n  query RolesMyRole($id: ID!) {\n    workspace(id: $id) { id myRole tasks(first: 10) { totalCount } }\n  }\n": typeof types.RolesMyRoleDocument,
    "\n  mutation RolesRename($input: RenameWorkspaceInput!) {\n    renameWorkspace(input: $input) { id name version }\n  }\n": typeof types.RolesRenameDocument,
    "\n  mutation RolesInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role status }\n  }\n": typeof types.RolesInviteDocument,
    "\n  subscription RolesTaskChanged($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { kind version task { id title } }\n  }\n": typeof types.RolesTaskChangedDocument,
    "\n  query SearchTasks($workspaceId: ID!, $query: String!, $first: Int, $after: String) {\n    search(workspaceId: $workspaceId, query: $query, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { rank snippetSource task { id title } title { text match } snippet { text match } } }\n    }\n  }\n": typeof types.SearchTasksDocument,
    "\n  mutation SearchCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n": typeof types.SearchCreateWorkspaceDocument,
    "\n  mutation SearchAddComment($input: AddCommentInput!) { addComment(input: $input) { id } }\n": typeof types.SearchAddCommentDocument,
    "\n  query SessionsMe { me { id email } }\n": typeof types.SessionsMeDocument,
    "\n  subscription SubsTaskChanged($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) {\n      kind\n      version\n      actor { id name }\n      task { id title status deleted }\n    }\n  }\n": typeof types.SubsTaskChangedDocument,
    "\n  subscription SubsActivityAdded($workspaceId: ID!, $since: Int) {\n    activityAdded(workspaceId: $workspaceId, since: $since) { version action entityId }\n  }\n": typeof types.SubsActivityAddedDocument,
    "\n  query BadWorkspaces {\n    workspaces { id name version }\n  }\n": typeof types.BadWorkspacesDocument,
    "\n  query BadWorkspaceById($id: ID!) {\n    workspace(id: $id) { id }\n  }\n": typeof types.BadWorkspaceByIdDocument,
    "\n  mutation BadCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id }\n  }\n": typeof types.BadCreateWorkspaceDocument,
    "\n  mutation BadRename($input: RenameWorkspaceInput!) {\n    renameWorkspace(input: $input) { id name }\n  }\n": typeof types.BadRenameDocument,
    "\n  mutation BadInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role inviteUrl }\n  }\n": typeof types.BadInviteDocument,
    "\n  mutation BadAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status }\n  }\n": typeof types.BadAcceptDocument,
    "\n  mutation BadRevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) { id status }\n  }\n": typeof types.BadRevokeInvitationDocument,
    "\n  mutation BadDeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) { id status }\n  }\n": typeof types.BadDeclineInvitationDocument,
    "\n  mutation TestCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id name version }\n  }\n": typeof types.TestCreateWorkspaceDocument,
    "\n  mutation TestInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id role inviteUrl }\n  }\n": typeof types.TestInviteDocument,
    "\n  mutation TestAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status }\n  }\n": typeof types.TestAcceptDocument,
    "\n  query TestWorkspaceState($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      version\n      members { role user { id email } }\n      invitations { id email role status }\n      tasks(first: 100) {\n        totalCount\n        edges { node { id title description status priority position version assignee { id } } }\n      }\n    }\n  }\n": typeof types.TestWorkspaceStateDocument,
    "\n  mutation DocCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id title description status priority position version\n      assignee { id name }\n      createdBy { id }\n      workspace { id version }\n      board { id name }\n    }\n  }\n": typeof types.DocCreateTaskDocument,
    "\n  mutation DocUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title description status priority version assignee { id name } workspace { id } }\n  }\n": typeof types.DocUpdateTaskDocument,
    "\n  mutation DocMoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) { id status position version board { id } }\n  }\n": typeof types.DocMoveTaskDocument,
    "\n  mutation DocDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input)\n  }\n": typeof types.DocDeleteTaskDocument,
    "\n  mutation DocUndo($input: UndoInput!) {\n    undo(input: $input) { id title status deleted version board { id } }\n  }\n": typeof types.DocUndoDocument,
    "\n  mutation DocRedo($input: RedoInput!) {\n    redo(input: $input) { id title status deleted version }\n  }\n": typeof types.DocRedoDocument,
    "\n  mutation DocChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { id role user { id } }\n  }\n": typeof types.DocChangeMemberRoleDocument,
    "\n  mutation DocRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": typeof types.DocRemoveMemberDocument,
    "\n  mutation DocSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id name email } }\n  }\n": typeof types.DocSignUpDocument,
    "\n  mutation DocSignIn($input: SignInInput!) {\n    signIn(input: $input) { token user { id name email } }\n  }\n": typeof types.DocSignInDocument,
    "\n  mutation DocSignOut {\n    signOut\n  }\n": typeof types.DocSignOutDocument,
    "\n  query DocWorkspaceVersion($id: ID!) {\n    workspace(id: $id) { version }\n  }\n": typeof types.DocWorkspaceVersionDocument,
    "\n  mutation DocCreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) { id name archived position workspace { id } }\n  }\n": typeof types.DocCreateBoardDocument,
    "\n  mutation DocAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { id body editedAt author { id name } task { id } viewerCanEdit viewerCanDelete }\n  }\n": typeof types.DocAddCommentDocument,
    "\n  mutation DocEditComment($input: EditCommentInput!) {\n    editComment(input: $input) { id body editedAt }\n  }\n": typeof types.DocEditCommentDocument,
    "\n  mutation DocDeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n": typeof types.DocDeleteCommentDocument,
    "\n  query TasksBoard($id: ID!, $status: TaskStatus, $assigneeId: ID, $first: Int, $after: String) {\n    workspace(id: $id) {\n      version\n      tasks(status: $status, assigneeId: $assigneeId, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id title status position } }\n      }\n    }\n  }\n": typeof types.TasksBoardDocument,
    "\n  query TasksActivity($id: ID!, $first: Int) {\n    workspace(id: $id) {\n      activity(first: $first) {\n        edges { node { version action entityType entityId actor { id } metadata } }\n      }\n    }\n  }\n": typeof types.TasksActivityDocument,
    "\n  query TasksRebuiltBoard($id: ID!) {\n    workspace(id: $id) {\n      board { title status }\n      activity(first: 200) { edges { node { action metadata } } }\n    }\n  }\n": typeof types.TasksRebuiltBoardDocument,
    "\n  query TasksNode($id: ID!) {\n    node(id: $id) { id ... on Task { title } }\n  }\n": typeof types.TasksNodeDocument,
    "\n  query SharedWriteLog($id: ID!, $since: Int!) {\n    workspace(id: $id) {\n      version\n      events(since: $since, first: 500) { events { version action entityId before after } }\n    }\n  }\n": typeof types.SharedWriteLogDocument,
    "\n  mutation SharedWriteUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title description priority version }\n  }\n": typeof types.SharedWriteUpdateDocument,
    "\n  mutation SharedWriteMove($input: MoveTaskInput!) {\n    moveTask(input: $input) { id status version }\n  }\n": typeof types.SharedWriteMoveDocument,
    "\n  mutation WritePathUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title version assignee { id name } workspace { id } }\n  }\n": typeof types.WritePathUpdateDocument,
    "\n  query WritePathLog($id: ID!, $since: Int!) {\n    workspace(id: $id) {\n      version\n      events(since: $since, first: 500) { events { version action entityId createdAt actor { id } } }\n      tasks(first: 100) { edges { node { id title version assignee { id } } } }\n    }\n  }\n": typeof types.WritePathLogDocument,
};
const documents: Documents = {
    "\n  query AnalyticsOf($id: ID!, $from: DateTime!, $to: DateTime!) {\n    workspace(id: $id) {\n      analytics(from: $from, to: $to) {\n        days { date todo inProgress blocked done }\n        throughput { weekStart count }\n        cycleTime { count medianHours p85Hours points { hours task { title } } }\n        wip blockedHours blockedTasks\n      }\n    }\n  }\n": types.AnalyticsOfDocument,
    "\n  query AuthMe {\n    me { id name email }\n  }\n": types.AuthMeDocument,
    "\n  query BoardColumnsPage($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $after: String) {\n    workspace(id: $id) {\n      tasks(boardId: $boardId, status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id title status position board { id } } }\n      }\n    }\n  }\n": types.BoardColumnsPageDocument,
    "\n  query BoardColumnFiltered($id: ID!, $unassigned: Boolean, $assigneeId: ID) {\n    node(id: $id) { ... on Board { tasks(first: 5, unassigned: $unassigned, assigneeId: $assigneeId) { totalCount } } }\n  }\n": types.BoardColumnFilteredDocument,
    "\n    query FilteredColumn($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $unassigned: Boolean, $noDueDate: Boolean, $assigneeId: ID, $overdue: Boolean) {\n      workspace(id: $id) {\n        tasks(boardId: $boardId, status: $status, first: $first, unassigned: $unassigned, noDueDate: $noDueDate, assigneeId: $assigneeId, overdue: $overdue) {\n          totalCount\n          edges { node { id title } }\n        }\n      }\n    }\n  ": types.FilteredColumnDocument,
    "\n  mutation BoardsMigrationSignIn($input: SignInInput!) {\n    signIn(input: $input) { token }\n  }\n": types.BoardsMigrationSignInDocument,
    "\n  query BoardsMigrationWorkspaces {\n    workspaces { name boards { name tasks { totalCount edges { node { title board { name } } } } } board(atVersion: 3) { title board { name } } }\n  }\n": types.BoardsMigrationWorkspacesDocument,
    "\n  query BoardsList($id: ID!, $includeArchived: Boolean) {\n    workspace(id: $id) {\n      version\n      boards(includeArchived: $includeArchived) { id name archived version tasks { totalCount edges { node { id title status position } } } }\n    }\n  }\n": types.BoardsListDocument,
    "\n  mutation BoardsRename($input: RenameBoardInput!) {\n    renameBoard(input: $input) { id name }\n  }\n": types.BoardsRenameDocument,
    "\n  mutation BoardsArchive($input: ArchiveBoardInput!) {\n    archiveBoard(input: $input) { id archived archivedAt }\n  }\n": types.BoardsArchiveDocument,
    "\n  subscription BoardsTaskChanged($workspaceId: ID!, $boardId: ID, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, boardId: $boardId, since: $since) { kind version task { id title board { id } } }\n  }\n": types.BoardsTaskChangedDocument,
    "\n  query BoardsNode($id: ID!) {\n    node(id: $id) { ... on Board { id name } }\n  }\n": types.BoardsNodeDocument,
    "\n  subscription BoardsActivityAdded($workspaceId: ID!) {\n    activityAdded(workspaceId: $workspaceId) { version action entityType entityId actor { id } }\n  }\n": types.BoardsActivityAddedDocument,
    "\n  mutation BoardsCreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { id }\n  }\n": types.BoardsCreateCheckpointDocument,
    "\n  mutation BoardsDeleteCheckpoint($input: DeleteCheckpointInput!) {\n    deleteCheckpoint(input: $input)\n  }\n": types.BoardsDeleteCheckpointDocument,
    "\n  query BoardsActivity($id: ID!) {\n    workspace(id: $id) { activity(first: 3) { edges { node { action entityType entityId } } } }\n  }\n": types.BoardsActivityDocument,
    "\n  query CalendarMine($year: Int) {\n    me {\n      id\n      activityCalendar(year: $year) {\n        year\n        total\n        currentStreak\n        longestStreak\n        days { date count }\n      }\n    }\n  }\n": types.CalendarMineDocument,
    "\n  query CalendarOthers($id: ID!) {\n    node(id: $id) {\n      ... on User { id activityCalendar { total } }\n    }\n  }\n": types.CalendarOthersDocument,
    "\n  mutation CheckpointsCreate($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { id name version createdBy { id } }\n  }\n": types.CheckpointsCreateDocument,
    "\n  mutation CheckpointsDelete($input: DeleteCheckpointInput!) {\n    deleteCheckpoint(input: $input)\n  }\n": types.CheckpointsDeleteDocument,
    "\n  query CheckpointsList($id: ID!) {\n    workspace(id: $id) { version checkpoints { id name version } boards { id name } }\n  }\n": types.CheckpointsListDocument,
    "\n  query CheckpointsDiff($id: ID!, $from: Int!, $to: Int!, $boardId: ID) {\n    workspace(id: $id) {\n      diff(from: $from, to: $to, boardId: $boardId) {\n        from to\n        added { taskId title status }\n        removed { taskId title }\n        changed { taskId before { title } after { title board { id } } fields { field from to } }\n      }\n    }\n  }\n": types.CheckpointsDiffDocument,
    "\n  mutation CheckpointsRestore($input: RestoreWorkspaceInput!) {\n    restoreWorkspace(input: $input) { workspace { version } tasks { id title status deleted board { id } } }\n  }\n": types.CheckpointsRestoreDocument,
    "\n  query CheckpointsBoardTasks($id: ID!) {\n    workspace(id: $id) { boards { name tasks { edges { node { title status } } } } }\n  }\n": types.CheckpointsBoardTasksDocument,
    "\n  subscription CheckpointsTaskChanged($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { kind version task { title deleted } }\n  }\n": types.CheckpointsTaskChangedDocument,
    "\n  query CommentsOfTask($id: ID!) {\n    node(id: $id) { ... on Task { comments { totalCount edges { node { id body author { name } viewerCanEdit viewerCanDelete } } } } }\n  }\n": types.CommentsOfTaskDocument,
    "\n  query CommentsNode($id: ID!) {\n    node(id: $id) { ... on Comment { id body } }\n  }\n": types.CommentsNodeDocument,
    "\n  query CommentsVersion($id: ID!) {\n    workspace(id: $id) { version activity(first: 1) { edges { node { action entityType entityId metadata } } } }\n  }\n": types.CommentsVersionDocument,
    "\n  subscription CommentsAdded($workspaceId: ID!, $taskId: ID) {\n    commentAdded(workspaceId: $workspaceId, taskId: $taskId) { id body author { id } }\n  }\n": types.CommentsAddedDocument,
    "\n  subscription CommentsChanged($workspaceId: ID!, $taskId: ID, $since: Int) {\n    commentChanged(workspaceId: $workspaceId, taskId: $taskId, since: $since) { kind version taskId comment { id body deleted } actor { id } }\n  }\n": types.CommentsChangedDocument,
    "\n  mutation ExportLabel($input: CreateLabelInput!) { createLabel(input: $input) { id } }\n": types.ExportLabelDocument,
    "\n  subscription FanoutChanges($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) {\n      kind\n      version\n      task { title status version deleted assignee { name } createdBy { name } }\n      actor { name }\n    }\n  }\n": types.FanoutChangesDocument,
    "\n  subscription FanoutActorCalendar($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { version actor { name activityCalendar { total } } }\n  }\n": types.FanoutActorCalendarDocument,
    "\n  subscription FanoutMyRole($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { version task { workspace { myRole } } }\n  }\n": types.FanoutMyRoleDocument,
    "\n  mutation FanoutWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }\n": types.FanoutWorkspaceDocument,
    "\n  mutation HttpCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id }\n  }\n": types.HttpCreateWorkspaceDocument,
    "\n  fragment RepoSyncFields on RepositorySync {\n    id branch headSha status phase progress createdAt startedAt completedAt\n    stats { filesTotal filesScanned filesSkipped todosFound tasksCreated tasksUpdated tasksClosed tasksReopened }\n    error { code message retryAt }\n    previousSync { id } nextSync { id }\n  }\n": types.RepoSyncFieldsFragmentDoc,
    "\n  mutation RepoSyncLink($input: LinkRepositoryInput!) {\n    linkRepository(input: $input) { id provider name url path defaultBranch hasToken linkedBy { id } }\n  }\n": types.RepoSyncLinkDocument,
    "\n  mutation RepoSyncUnlink($input: UnlinkRepositoryInput!) {\n    unlinkRepository(input: $input)\n  }\n": types.RepoSyncUnlinkDocument,
    "\n  mutation RepoSyncStart($input: StartRepositorySyncInput!) {\n    startRepositorySync(input: $input) { ...RepoSyncFields }\n  }\n": types.RepoSyncStartDocument,
    "\n  mutation RepoSyncCancel($input: CancelRepositorySyncInput!) {\n    cancelRepositorySync(input: $input) { ...RepoSyncFields }\n  }\n": types.RepoSyncCancelDocument,
    "\n  query RepoSyncBranches($workspaceId: ID!) {\n    repositoryBranches(workspaceId: $workspaceId) { name headSha isDefault }\n  }\n": types.RepoSyncBranchesDocument,
    "\n  query RepoSyncNode($id: ID!) {\n    node(id: $id) { __typename ...RepoSyncFields }\n  }\n": types.RepoSyncNodeDocument,
    "\n  query RepoSyncCodeTasks($id: ID!) {\n    workspace(id: $id) {\n      version\n      repository { id name }\n      tasks(first: 1000) {\n        edges { node { id title description status version labels { name color } codeRef { path line tag reference commitSha url present } } }\n      }\n    }\n  }\n": types.RepoSyncCodeTasksDocument,
    "\n  query GuaranteesHead($id: ID!) {\n    workspace(id: $id) { version tasks(first: 500) { totalCount } }\n  }\n": types.GuaranteesHeadDocument,
    "\n  query GuaranteesEvents($id: ID!, $since: Int!, $first: Int) {\n    workspace(id: $id) { events(since: $since, first: $first) { hasMore events { version action } } }\n  }\n": types.GuaranteesEventsDocument,
    "\n  subscription GuaranteesVersions($workspaceId: ID!, $since: Int) {\n    activityAdded(workspaceId: $workspaceId, since: $since) { version }\n  }\n": types.GuaranteesVersionsDocument,
    "mutation GuaranteesWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }": types.GuaranteesWorkspaceDocument,
    "\n  mutation HistoryRestore($input: RestoreTaskInput!) {\n    restoreTask(input: $input) { id title status deleted }\n  }\n": types.HistoryRestoreDocument,
    "\n  query HistoryBoard($id: ID!, $at: Int) {\n    workspace(id: $id) {\n      version\n      board(atVersion: $at) { taskId title status }\n      tasks(first: 100) { edges { node { id title status } } }\n    }\n  }\n": types.HistoryBoardDocument,
    "\n  query HistoryOfTask($id: ID!) {\n    node(id: $id) {\n      ... on Task { history { version action actor { name } before after } }\n    }\n  }\n": types.HistoryOfTaskDocument,
    "\n  query ImportBoard($id: ID!) {\n    workspace(id: $id) {\n      version\n      labels { name color }\n      tasks(first: 100) { totalCount edges { node { title description status dueAt assignee { email } labels { name } } } }\n    }\n  }\n": types.ImportBoardDocument,
    "\n  mutation InvInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role status inviteUrl emailSent expired }\n  }\n": types.InvInviteDocument,
    "\n  mutation InvResend($input: InvitationIdInput!) { resendInvitation(input: $input) { id status inviteUrl } }\n": types.InvResendDocument,
    "\n  mutation InvRevoke($input: InvitationIdInput!) { revokeInvitation(input: $input) { id status inviteUrl } }\n": types.InvRevokeDocument,
    "\n  mutation InvDecline($input: DeclineInvitationInput!) { declineInvitation(input: $input) { id status } }\n": types.InvDeclineDocument,
    "\n  mutation InvAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status role inviteUrl workspace { id myRole } }\n  }\n": types.InvAcceptDocument,
    "\n  query InvByToken($token: String!) {\n    invitation(token: $token) { id email role status expired workspaceName invitedBy { name } workspace { id } inviteUrl }\n  }\n": types.InvByTokenDocument,
    "\n  query InvMine { myInvitations { id workspaceName role inviteUrl } }\n": types.InvMineDocument,
    "\n  query InvPending($id: ID!) { workspace(id: $id) { invitations { id inviteUrl } } }\n": types.InvPendingDocument,
    "\n  query InvNode($id: ID!) { node(id: $id) { ... on Invitation { id status inviteUrl } } }\n": types.InvNodeDocument,
    "\n  query InvLog($id: ID!) { workspace(id: $id) { events(since: 0, first: 500) { events { action entityType metadata actor { id } } } } }\n": types.InvLogDocument,
    "mutation InvWorkspaceHere($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }": types.InvWorkspaceHereDocument,
    "\n  mutation LabelsCreate($input: CreateLabelInput!) { createLabel(input: $input) { id name color } }\n": types.LabelsCreateDocument,
    "\n  mutation LabelsUpdate($input: UpdateLabelInput!) { updateLabel(input: $input) { id name color } }\n": types.LabelsUpdateDocument,
    "\n  mutation LabelsDelete($id: ID!) { deleteLabel(id: $id) }\n": types.LabelsDeleteDocument,
    "\n  mutation LabelsSet($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id version dueAt labels { id name color } }\n  }\n": types.LabelsSetDocument,
    "\n  query LabelsBoard($id: ID!, $labelIds: [ID!], $priorities: [TaskPriority!], $dueAfter: DateTime, $dueBefore: DateTime, $overdue: Boolean, $assigneeId: ID) {\n    workspace(id: $id) {\n      version\n      labels { id name color }\n      tasks(labelIds: $labelIds, priorities: $priorities, dueAfter: $dueAfter, dueBefore: $dueBefore, overdue: $overdue, assigneeId: $assigneeId, first: 100) {\n        totalCount\n        edges { node { title dueAt labels { name } } }\n      }\n    }\n  }\n": types.LabelsBoardDocument,
    "\n  query LabelsHistory($id: ID!) {\n    node(id: $id) { ... on Task { history { action after } } }\n  }\n": types.LabelsHistoryDocument,
    "\n  subscription LabelsLive($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) { kind task { id dueAt labels { name } } }\n  }\n": types.LabelsLiveDocument,
    "\n  mutation PgBusWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }\n": types.PgBusWorkspaceDocument,
    "\n  subscription PgBusVersions($workspaceId: ID!) { activityAdded(workspaceId: $workspaceId) { version } }\n": types.PgBusVersionsDocument,
    "\n  subscription PgBusTitles($workspaceId: ID!) { taskChanged(workspaceId: $workspaceId) { version task { title } } }\n": types.PgBusTitlesDocument,
    "\n  mutation FanOutWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }\n": types.FanOutWorkspaceDocument,
    "\n  subscription FanOutVersions($workspaceId: ID!) { activityAdded(workspaceId: $workspaceId) { version } }\n": types.FanOutVersionsDocument,
    "\n  mutation SharedInstancesWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n": types.SharedInstancesWorkspaceDocument,
    "\n  query SharedInstancesLog($id: ID!, $since: Int!) {\n    workspace(id: $id) {\n      version\n      events(since: $since, first: 500) { events { version action entityId before after } }\n    }\n  }\n": types.SharedInstancesLogDocument,
    "\n  query NotificationsInbox($unreadOnly: Boolean) {\n    unreadNotificationCount\n    notifications(unreadOnly: $unreadOnly) { edges { node { id kind read actor { name } task { title } comment { body } workspace { name } } } }\n  }\n": types.NotificationsInboxDocument,
    "\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount notifications { id read } }\n  }\n": types.NotificationsMarkReadDocument,
    "\n  mutation NotificationsRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": types.NotificationsRemoveMemberDocument,
    "\n  subscription NotificationsAdded {\n    notificationAdded { id kind read actor { name } task { title } comment { body } }\n  }\n": types.NotificationsAddedDocument,
    "\n  mutation HeartbeatWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n": types.HeartbeatWorkspaceDocument,
    "\n  mutation HeartbeatInvite($input: InviteMemberInput!) { inviteMember(input: $input) { id inviteUrl } }\n": types.HeartbeatInviteDocument,
    "\n  mutation HeartbeatAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }\n": types.HeartbeatAcceptDocument,
    "\n  subscription HeartbeatPresence($workspaceId: ID!) { presence(workspaceId: $workspaceId) { kind user { id } } }\n": types.HeartbeatPresenceDocument,
    "\n  subscription PresenceWatch($workspaceId: ID!) {\n    presence(workspaceId: $workspaceId) {\n      kind\n      taskId\n      user { id name }\n      viewers { user { id } taskId since }\n    }\n  }\n": types.PresenceWatchDocument,
    "\n  mutation PresenceSet($input: SetPresenceInput!) {\n    setPresence(input: $input)\n  }\n": types.PresenceSetDocument,
    "\n  mutation RacingDeleteUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title version assignee { id name } createdBy { id } workspace { id } labels { id } comments(first: 5) { totalCount } }\n  }\n": types.RacingDeleteUpdateDocument,
    "\n  mutation RestoreUndoRestoreTask($input: RestoreTaskInput!) {\n    restoreTask(input: $input) { id title status deleted version }\n  }\n": types.RestoreUndoRestoreTaskDocument,
    "\n  mutation RestoreUndoUndo($input: UndoInput!) {\n    undo(input: $input) { id title status deleted lastChange { action metadata } }\n  }\n": types.RestoreUndoUndoDocument,
    "\n  query RestoreUndoTask($id: ID!) {\n    node(id: $id) {\n      ... on Task { title status deleted lastChange { action metadata } }\n    }\n  }\n": types.RestoreUndoTaskDocument,
    "\n  query RestoreUndoVersion($id: ID!) {\n    workspace(id: $id) { version }\n  }\n": types.RestoreUndoVersionDocument,
    "\n  query RestoreUndoActivity($id: ID!) {\n    workspace(id: $id) { activity(first: 5) { edges { node { action subject { name } metadata } } } }\n  }\n": types.RestoreUndoActivityDocument,
    "\n  query RolesMyRole($id: ID!) {\n    workspace(id: $id) { id myRole tasks(first: 10) { totalCount } }\n  }\n": types.RolesMyRoleDocument,
    "\n  mutation RolesRename($input: RenameWorkspaceInput!) {\n    renameWorkspace(input: $input) { id name version }\n  }\n": types.RolesRenameDocument,
    "\n  mutation RolesInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role status }\n  }\n": types.RolesInviteDocument,
    "\n  subscription RolesTaskChanged($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { kind version task { id title } }\n  }\n": types.RolesTaskChangedDocument,
    "\n  query SearchTasks($workspaceId: ID!, $query: String!, $first: Int, $after: String) {\n    search(workspaceId: $workspaceId, query: $query, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { rank snippetSource task { id title } title { text match } snippet { text match } } }\n    }\n  }\n": types.SearchTasksDocument,
    "\n  mutation SearchCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n": types.SearchCreateWorkspaceDocument,
    "\n  mutation SearchAddComment($input: AddCommentInput!) { addComment(input: $input) { id } }\n": types.SearchAddCommentDocument,
    "\n  query SessionsMe { me { id email } }\n": types.SessionsMeDocument,
    "\n  subscription SubsTaskChanged($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) {\n      kind\n      version\n      actor { id name }\n      task { id title status deleted }\n    }\n  }\n": types.SubsTaskChangedDocument,
    "\n  subscription SubsActivityAdded($workspaceId: ID!, $since: Int) {\n    activityAdded(workspaceId: $workspaceId, since: $since) { version action entityId }\n  }\n": types.SubsActivityAddedDocument,
    "\n  query BadWorkspaces {\n    workspaces { id name version }\n  }\n": types.BadWorkspacesDocument,
    "\n  query BadWorkspaceById($id: ID!) {\n    workspace(id: $id) { id }\n  }\n": types.BadWorkspaceByIdDocument,
    "\n  mutation BadCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id }\n  }\n": types.BadCreateWorkspaceDocument,
    "\n  mutation BadRename($input: RenameWorkspaceInput!) {\n    renameWorkspace(input: $input) { id name }\n  }\n": types.BadRenameDocument,
    "\n  mutation BadInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role inviteUrl }\n  }\n": types.BadInviteDocument,
    "\n  mutation BadAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status }\n  }\n": types.BadAcceptDocument,
    "\n  mutation BadRevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) { id status }\n  }\n": types.BadRevokeInvitationDocument,
    "\n  mutation BadDeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) { id status }\n  }\n": types.BadDeclineInvitationDocument,
    "\n  mutation TestCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id name version }\n  }\n": types.TestCreateWorkspaceDocument,
    "\n  mutation TestInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id role inviteUrl }\n  }\n": types.TestInviteDocument,
    "\n  mutation TestAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status }\n  }\n": types.TestAcceptDocument,
    "\n  query TestWorkspaceState($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      version\n      members { role user { id email } }\n      invitations { id email role status }\n      tasks(first: 100) {\n        totalCount\n        edges { node { id title description status priority position version assignee { id } } }\n      }\n    }\n  }\n": types.TestWorkspaceStateDocument,
    "\n  mutation DocCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id title description status priority position version\n      assignee { id name }\n      createdBy { id }\n      workspace { id version }\n      board { id name }\n    }\n  }\n": types.DocCreateTaskDocument,
    "\n  mutation DocUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title description status priority version assignee { id name } workspace { id } }\n  }\n": types.DocUpdateTaskDocument,
    "\n  mutation DocMoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) { id status position version board { id } }\n  }\n": types.DocMoveTaskDocument,
    "\n  mutation DocDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input)\n  }\n": types.DocDeleteTaskDocument,
    "\n  mutation DocUndo($input: UndoInput!) {\n    undo(input: $input) { id title status deleted version board { id } }\n  }\n": types.DocUndoDocument,
    "\n  mutation DocRedo($input: RedoInput!) {\n    redo(input: $input) { id title status deleted version }\n  }\n": types.DocRedoDocument,
    "\n  mutation DocChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { id role user { id } }\n  }\n": types.DocChangeMemberRoleDocument,
    "\n  mutation DocRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": types.DocRemoveMemberDocument,
    "\n  mutation DocSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id name email } }\n  }\n": types.DocSignUpDocument,
    "\n  mutation DocSignIn($input: SignInInput!) {\n    signIn(input: $input) { token user { id name email } }\n  }\n": types.DocSignInDocument,
    "\n  mutation DocSignOut {\n    signOut\n  }\n": types.DocSignOutDocument,
    "\n  query DocWorkspaceVersion($id: ID!) {\n    workspace(id: $id) { version }\n  }\n": types.DocWorkspaceVersionDocument,
    "\n  mutation DocCreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) { id name archived position workspace { id } }\n  }\n": types.DocCreateBoardDocument,
    "\n  mutation DocAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { id body editedAt author { id name } task { id } viewerCanEdit viewerCanDelete }\n  }\n": types.DocAddCommentDocument,
    "\n  mutation DocEditComment($input: EditCommentInput!) {\n    editComment(input: $input) { id body editedAt }\n  }\n": types.DocEditCommentDocument,
    "\n  mutation DocDeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n": types.DocDeleteCommentDocument,
    "\n  query TasksBoard($id: ID!, $status: TaskStatus, $assigneeId: ID, $first: Int, $after: String) {\n    workspace(id: $id) {\n      version\n      tasks(status: $status, assigneeId: $assigneeId, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id title status position } }\n      }\n    }\n  }\n": types.TasksBoardDocument,
    "\n  query TasksActivity($id: ID!, $first: Int) {\n    workspace(id: $id) {\n      activity(first: $first) {\n        edges { node { version action entityType entityId actor { id } metadata } }\n      }\n    }\n  }\n": types.TasksActivityDocument,
    "\n  query TasksRebuiltBoard($id: ID!) {\n    workspace(id: $id) {\n      board { title status }\n      activity(first: 200) { edges { node { action metadata } } }\n    }\n  }\n": types.TasksRebuiltBoardDocument,
    "\n  query TasksNode($id: ID!) {\n    node(id: $id) { id ... on Task { title } }\n  }\n": types.TasksNodeDocument,
    "\n  query SharedWriteLog($id: ID!, $since: Int!) {\n    workspace(id: $id) {\n      version\n      events(since: $since, first: 500) { events { version action entityId before after } }\n    }\n  }\n": types.SharedWriteLogDocument,
    "\n  mutation SharedWriteUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title description priority version }\n  }\n": types.SharedWriteUpdateDocument,
    "\n  mutation SharedWriteMove($input: MoveTaskInput!) {\n    moveTask(input: $input) { id status version }\n  }\n": types.SharedWriteMoveDocument,
    "\n  mutation WritePathUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title version assignee { id name } workspace { id } }\n  }\n": types.WritePathUpdateDocument,
    "\n  query WritePathLog($id: ID!, $since: Int!) {\n    workspace(id: $id) {\n      version\n      events(since: $since, first: 500) { events { version action entityId createdAt actor { id } } }\n      tasks(first: 100) { edges { node { id title version assignee { id } } } }\n    }\n  }\n": types.WritePathLogDocument,
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
export function graphql(source: "\n  query AnalyticsOf($id: ID!, $from: DateTime!, $to: DateTime!) {\n    workspace(id: $id) {\n      analytics(from: $from, to: $to) {\n        days { date todo inProgress blocked done }\n        throughput { weekStart count }\n        cycleTime { count medianHours p85Hours points { hours task { title } } }\n        wip blockedHours blockedTasks\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsOf($id: ID!, $from: DateTime!, $to: DateTime!) {\n    workspace(id: $id) {\n      analytics(from: $from, to: $to) {\n        days { date todo inProgress blocked done }\n        throughput { weekStart count }\n        cycleTime { count medianHours p85Hours points { hours task { title } } }\n        wip blockedHours blockedTasks\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me { id name email }\n  }\n"): (typeof documents)["\n  query AuthMe {\n    me { id name email }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumnsPage($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $after: String) {\n    workspace(id: $id) {\n      tasks(boardId: $boardId, status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id title status position board { id } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardColumnsPage($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $after: String) {\n    workspace(id: $id) {\n      tasks(boardId: $boardId, status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id title status position board { id } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumnFiltered($id: ID!, $unassigned: Boolean, $assigneeId: ID) {\n    node(id: $id) { ... on Board { tasks(first: 5, unassigned: $unassigned, assigneeId: $assigneeId) { totalCount } } }\n  }\n"): (typeof documents)["\n  query BoardColumnFiltered($id: ID!, $unassigned: Boolean, $assigneeId: ID) {\n    node(id: $id) { ... on Board { tasks(first: 5, unassigned: $unassigned, assigneeId: $assigneeId) { totalCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FilteredColumn($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $unassigned: Boolean, $noDueDate: Boolean, $assigneeId: ID, $overdue: Boolean) {\n      workspace(id: $id) {\n        tasks(boardId: $boardId, status: $status, first: $first, unassigned: $unassigned, noDueDate: $noDueDate, assigneeId: $assigneeId, overdue: $overdue) {\n          totalCount\n          edges { node { id title } }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query FilteredColumn($id: ID!, $boardId: ID!, $status: TaskStatus!, $first: Int!, $unassigned: Boolean, $noDueDate: Boolean, $assigneeId: ID, $overdue: Boolean) {\n      workspace(id: $id) {\n        tasks(boardId: $boardId, status: $status, first: $first, unassigned: $unassigned, noDueDate: $noDueDate, assigneeId: $assigneeId, overdue: $overdue) {\n          totalCount\n          edges { node { id title } }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardsMigrationSignIn($input: SignInInput!) {\n    signIn(input: $input) { token }\n  }\n"): (typeof documents)["\n  mutation BoardsMigrationSignIn($input: SignInInput!) {\n    signIn(input: $input) { token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardsMigrationWorkspaces {\n    workspaces { name boards { name tasks { totalCount edges { node { title board { name } } } } } board(atVersion: 3) { title board { name } } }\n  }\n"): (typeof documents)["\n  query BoardsMigrationWorkspaces {\n    workspaces { name boards { name tasks { totalCount edges { node { title board { name } } } } } board(atVersion: 3) { title board { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardsList($id: ID!, $includeArchived: Boolean) {\n    workspace(id: $id) {\n      version\n      boards(includeArchived: $includeArchived) { id name archived version tasks { totalCount edges { node { id title status position } } } }\n    }\n  }\n"): (typeof documents)["\n  query BoardsList($id: ID!, $includeArchived: Boolean) {\n    workspace(id: $id) {\n      version\n      boards(includeArchived: $includeArchived) { id name archived version tasks { totalCount edges { node { id title status position } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardsRename($input: RenameBoardInput!) {\n    renameBoard(input: $input) { id name }\n  }\n"): (typeof documents)["\n  mutation BoardsRename($input: RenameBoardInput!) {\n    renameBoard(input: $input) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardsArchive($input: ArchiveBoardInput!) {\n    archiveBoard(input: $input) { id archived archivedAt }\n  }\n"): (typeof documents)["\n  mutation BoardsArchive($input: ArchiveBoardInput!) {\n    archiveBoard(input: $input) { id archived archivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardsTaskChanged($workspaceId: ID!, $boardId: ID, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, boardId: $boardId, since: $since) { kind version task { id title board { id } } }\n  }\n"): (typeof documents)["\n  subscription BoardsTaskChanged($workspaceId: ID!, $boardId: ID, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, boardId: $boardId, since: $since) { kind version task { id title board { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardsNode($id: ID!) {\n    node(id: $id) { ... on Board { id name } }\n  }\n"): (typeof documents)["\n  query BoardsNode($id: ID!) {\n    node(id: $id) { ... on Board { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardsActivityAdded($workspaceId: ID!) {\n    activityAdded(workspaceId: $workspaceId) { version action entityType entityId actor { id } }\n  }\n"): (typeof documents)["\n  subscription BoardsActivityAdded($workspaceId: ID!) {\n    activityAdded(workspaceId: $workspaceId) { version action entityType entityId actor { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardsCreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation BoardsCreateCheckpoint($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardsDeleteCheckpoint($input: DeleteCheckpointInput!) {\n    deleteCheckpoint(input: $input)\n  }\n"): (typeof documents)["\n  mutation BoardsDeleteCheckpoint($input: DeleteCheckpointInput!) {\n    deleteCheckpoint(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardsActivity($id: ID!) {\n    workspace(id: $id) { activity(first: 3) { edges { node { action entityType entityId } } } }\n  }\n"): (typeof documents)["\n  query BoardsActivity($id: ID!) {\n    workspace(id: $id) { activity(first: 3) { edges { node { action entityType entityId } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarMine($year: Int) {\n    me {\n      id\n      activityCalendar(year: $year) {\n        year\n        total\n        currentStreak\n        longestStreak\n        days { date count }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarMine($year: Int) {\n    me {\n      id\n      activityCalendar(year: $year) {\n        year\n        total\n        currentStreak\n        longestStreak\n        days { date count }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarOthers($id: ID!) {\n    node(id: $id) {\n      ... on User { id activityCalendar { total } }\n    }\n  }\n"): (typeof documents)["\n  query CalendarOthers($id: ID!) {\n    node(id: $id) {\n      ... on User { id activityCalendar { total } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckpointsCreate($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { id name version createdBy { id } }\n  }\n"): (typeof documents)["\n  mutation CheckpointsCreate($input: CreateCheckpointInput!) {\n    createCheckpoint(input: $input) { id name version createdBy { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckpointsDelete($input: DeleteCheckpointInput!) {\n    deleteCheckpoint(input: $input)\n  }\n"): (typeof documents)["\n  mutation CheckpointsDelete($input: DeleteCheckpointInput!) {\n    deleteCheckpoint(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckpointsList($id: ID!) {\n    workspace(id: $id) { version checkpoints { id name version } boards { id name } }\n  }\n"): (typeof documents)["\n  query CheckpointsList($id: ID!) {\n    workspace(id: $id) { version checkpoints { id name version } boards { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckpointsDiff($id: ID!, $from: Int!, $to: Int!, $boardId: ID) {\n    workspace(id: $id) {\n      diff(from: $from, to: $to, boardId: $boardId) {\n        from to\n        added { taskId title status }\n        removed { taskId title }\n        changed { taskId before { title } after { title board { id } } fields { field from to } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckpointsDiff($id: ID!, $from: Int!, $to: Int!, $boardId: ID) {\n    workspace(id: $id) {\n      diff(from: $from, to: $to, boardId: $boardId) {\n        from to\n        added { taskId title status }\n        removed { taskId title }\n        changed { taskId before { title } after { title board { id } } fields { field from to } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckpointsRestore($input: RestoreWorkspaceInput!) {\n    restoreWorkspace(input: $input) { workspace { version } tasks { id title status deleted board { id } } }\n  }\n"): (typeof documents)["\n  mutation CheckpointsRestore($input: RestoreWorkspaceInput!) {\n    restoreWorkspace(input: $input) { workspace { version } tasks { id title status deleted board { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckpointsBoardTasks($id: ID!) {\n    workspace(id: $id) { boards { name tasks { edges { node { title status } } } } }\n  }\n"): (typeof documents)["\n  query CheckpointsBoardTasks($id: ID!) {\n    workspace(id: $id) { boards { name tasks { edges { node { title status } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CheckpointsTaskChanged($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { kind version task { title deleted } }\n  }\n"): (typeof documents)["\n  subscription CheckpointsTaskChanged($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { kind version task { title deleted } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentsOfTask($id: ID!) {\n    node(id: $id) { ... on Task { comments { totalCount edges { node { id body author { name } viewerCanEdit viewerCanDelete } } } } }\n  }\n"): (typeof documents)["\n  query CommentsOfTask($id: ID!) {\n    node(id: $id) { ... on Task { comments { totalCount edges { node { id body author { name } viewerCanEdit viewerCanDelete } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentsNode($id: ID!) {\n    node(id: $id) { ... on Comment { id body } }\n  }\n"): (typeof documents)["\n  query CommentsNode($id: ID!) {\n    node(id: $id) { ... on Comment { id body } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentsVersion($id: ID!) {\n    workspace(id: $id) { version activity(first: 1) { edges { node { action entityType entityId metadata } } } }\n  }\n"): (typeof documents)["\n  query CommentsVersion($id: ID!) {\n    workspace(id: $id) { version activity(first: 1) { edges { node { action entityType entityId metadata } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommentsAdded($workspaceId: ID!, $taskId: ID) {\n    commentAdded(workspaceId: $workspaceId, taskId: $taskId) { id body author { id } }\n  }\n"): (typeof documents)["\n  subscription CommentsAdded($workspaceId: ID!, $taskId: ID) {\n    commentAdded(workspaceId: $workspaceId, taskId: $taskId) { id body author { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommentsChanged($workspaceId: ID!, $taskId: ID, $since: Int) {\n    commentChanged(workspaceId: $workspaceId, taskId: $taskId, since: $since) { kind version taskId comment { id body deleted } actor { id } }\n  }\n"): (typeof documents)["\n  subscription CommentsChanged($workspaceId: ID!, $taskId: ID, $since: Int) {\n    commentChanged(workspaceId: $workspaceId, taskId: $taskId, since: $since) { kind version taskId comment { id body deleted } actor { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportLabel($input: CreateLabelInput!) { createLabel(input: $input) { id } }\n"): (typeof documents)["\n  mutation ExportLabel($input: CreateLabelInput!) { createLabel(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutChanges($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) {\n      kind\n      version\n      task { title status version deleted assignee { name } createdBy { name } }\n      actor { name }\n    }\n  }\n"): (typeof documents)["\n  subscription FanoutChanges($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) {\n      kind\n      version\n      task { title status version deleted assignee { name } createdBy { name } }\n      actor { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutActorCalendar($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { version actor { name activityCalendar { total } } }\n  }\n"): (typeof documents)["\n  subscription FanoutActorCalendar($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { version actor { name activityCalendar { total } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutMyRole($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { version task { workspace { myRole } } }\n  }\n"): (typeof documents)["\n  subscription FanoutMyRole($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { version task { workspace { myRole } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }\n"): (typeof documents)["\n  mutation FanoutWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HttpCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation HttpCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepoSyncFields on RepositorySync {\n    id branch headSha status phase progress createdAt startedAt completedAt\n    stats { filesTotal filesScanned filesSkipped todosFound tasksCreated tasksUpdated tasksClosed tasksReopened }\n    error { code message retryAt }\n    previousSync { id } nextSync { id }\n  }\n"): (typeof documents)["\n  fragment RepoSyncFields on RepositorySync {\n    id branch headSha status phase progress createdAt startedAt completedAt\n    stats { filesTotal filesScanned filesSkipped todosFound tasksCreated tasksUpdated tasksClosed tasksReopened }\n    error { code message retryAt }\n    previousSync { id } nextSync { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepoSyncLink($input: LinkRepositoryInput!) {\n    linkRepository(input: $input) { id provider name url path defaultBranch hasToken linkedBy { id } }\n  }\n"): (typeof documents)["\n  mutation RepoSyncLink($input: LinkRepositoryInput!) {\n    linkRepository(input: $input) { id provider name url path defaultBranch hasToken linkedBy { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepoSyncUnlink($input: UnlinkRepositoryInput!) {\n    unlinkRepository(input: $input)\n  }\n"): (typeof documents)["\n  mutation RepoSyncUnlink($input: UnlinkRepositoryInput!) {\n    unlinkRepository(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepoSyncStart($input: StartRepositorySyncInput!) {\n    startRepositorySync(input: $input) { ...RepoSyncFields }\n  }\n"): (typeof documents)["\n  mutation RepoSyncStart($input: StartRepositorySyncInput!) {\n    startRepositorySync(input: $input) { ...RepoSyncFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepoSyncCancel($input: CancelRepositorySyncInput!) {\n    cancelRepositorySync(input: $input) { ...RepoSyncFields }\n  }\n"): (typeof documents)["\n  mutation RepoSyncCancel($input: CancelRepositorySyncInput!) {\n    cancelRepositorySync(input: $input) { ...RepoSyncFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepoSyncBranches($workspaceId: ID!) {\n    repositoryBranches(workspaceId: $workspaceId) { name headSha isDefault }\n  }\n"): (typeof documents)["\n  query RepoSyncBranches($workspaceId: ID!) {\n    repositoryBranches(workspaceId: $workspaceId) { name headSha isDefault }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepoSyncNode($id: ID!) {\n    node(id: $id) { __typename ...RepoSyncFields }\n  }\n"): (typeof documents)["\n  query RepoSyncNode($id: ID!) {\n    node(id: $id) { __typename ...RepoSyncFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepoSyncCodeTasks($id: ID!) {\n    workspace(id: $id) {\n      version\n      repository { id name }\n      tasks(first: 1000) {\n        edges { node { id title description status version labels { name color } codeRef { path line tag reference commitSha url present } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RepoSyncCodeTasks($id: ID!) {\n    workspace(id: $id) {\n      version\n      repository { id name }\n      tasks(first: 1000) {\n        edges { node { id title description status version labels { name color } codeRef { path line tag reference commitSha url present } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuaranteesHead($id: ID!) {\n    workspace(id: $id) { version tasks(first: 500) { totalCount } }\n  }\n"): (typeof documents)["\n  query GuaranteesHead($id: ID!) {\n    workspace(id: $id) { version tasks(first: 500) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuaranteesEvents($id: ID!, $since: Int!, $first: Int) {\n    workspace(id: $id) { events(since: $since, first: $first) { hasMore events { version action } } }\n  }\n"): (typeof documents)["\n  query GuaranteesEvents($id: ID!, $since: Int!, $first: Int) {\n    workspace(id: $id) { events(since: $since, first: $first) { hasMore events { version action } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GuaranteesVersions($workspaceId: ID!, $since: Int) {\n    activityAdded(workspaceId: $workspaceId, since: $since) { version }\n  }\n"): (typeof documents)["\n  subscription GuaranteesVersions($workspaceId: ID!, $since: Int) {\n    activityAdded(workspaceId: $workspaceId, since: $since) { version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GuaranteesWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }"): (typeof documents)["mutation GuaranteesWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryRestore($input: RestoreTaskInput!) {\n    restoreTask(input: $input) { id title status deleted }\n  }\n"): (typeof documents)["\n  mutation HistoryRestore($input: RestoreTaskInput!) {\n    restoreTask(input: $input) { id title status deleted }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryBoard($id: ID!, $at: Int) {\n    workspace(id: $id) {\n      version\n      board(atVersion: $at) { taskId title status }\n      tasks(first: 100) { edges { node { id title status } } }\n    }\n  }\n"): (typeof documents)["\n  query HistoryBoard($id: ID!, $at: Int) {\n    workspace(id: $id) {\n      version\n      board(atVersion: $at) { taskId title status }\n      tasks(first: 100) { edges { node { id title status } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryOfTask($id: ID!) {\n    node(id: $id) {\n      ... on Task { history { version action actor { name } before after } }\n    }\n  }\n"): (typeof documents)["\n  query HistoryOfTask($id: ID!) {\n    node(id: $id) {\n      ... on Task { history { version action actor { name } before after } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBoard($id: ID!) {\n    workspace(id: $id) {\n      version\n      labels { name color }\n      tasks(first: 100) { totalCount edges { node { title description status dueAt assignee { email } labels { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query ImportBoard($id: ID!) {\n    workspace(id: $id) {\n      version\n      labels { name color }\n      tasks(first: 100) { totalCount edges { node { title description status dueAt assignee { email } labels { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role status inviteUrl emailSent expired }\n  }\n"): (typeof documents)["\n  mutation InvInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role status inviteUrl emailSent expired }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvResend($input: InvitationIdInput!) { resendInvitation(input: $input) { id status inviteUrl } }\n"): (typeof documents)["\n  mutation InvResend($input: InvitationIdInput!) { resendInvitation(input: $input) { id status inviteUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvRevoke($input: InvitationIdInput!) { revokeInvitation(input: $input) { id status inviteUrl } }\n"): (typeof documents)["\n  mutation InvRevoke($input: InvitationIdInput!) { revokeInvitation(input: $input) { id status inviteUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvDecline($input: DeclineInvitationInput!) { declineInvitation(input: $input) { id status } }\n"): (typeof documents)["\n  mutation InvDecline($input: DeclineInvitationInput!) { declineInvitation(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status role inviteUrl workspace { id myRole } }\n  }\n"): (typeof documents)["\n  mutation InvAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status role inviteUrl workspace { id myRole } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvByToken($token: String!) {\n    invitation(token: $token) { id email role status expired workspaceName invitedBy { name } workspace { id } inviteUrl }\n  }\n"): (typeof documents)["\n  query InvByToken($token: String!) {\n    invitation(token: $token) { id email role status expired workspaceName invitedBy { name } workspace { id } inviteUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvMine { myInvitations { id workspaceName role inviteUrl } }\n"): (typeof documents)["\n  query InvMine { myInvitations { id workspaceName role inviteUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvPending($id: ID!) { workspace(id: $id) { invitations { id inviteUrl } } }\n"): (typeof documents)["\n  query InvPending($id: ID!) { workspace(id: $id) { invitations { id inviteUrl } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvNode($id: ID!) { node(id: $id) { ... on Invitation { id status inviteUrl } } }\n"): (typeof documents)["\n  query InvNode($id: ID!) { node(id: $id) { ... on Invitation { id status inviteUrl } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvLog($id: ID!) { workspace(id: $id) { events(since: 0, first: 500) { events { action entityType metadata actor { id } } } } }\n"): (typeof documents)["\n  query InvLog($id: ID!) { workspace(id: $id) { events(since: 0, first: 500) { events { action entityType metadata actor { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvWorkspaceHere($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }"): (typeof documents)["mutation InvWorkspaceHere($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabelsCreate($input: CreateLabelInput!) { createLabel(input: $input) { id name color } }\n"): (typeof documents)["\n  mutation LabelsCreate($input: CreateLabelInput!) { createLabel(input: $input) { id name color } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabelsUpdate($input: UpdateLabelInput!) { updateLabel(input: $input) { id name color } }\n"): (typeof documents)["\n  mutation LabelsUpdate($input: UpdateLabelInput!) { updateLabel(input: $input) { id name color } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabelsDelete($id: ID!) { deleteLabel(id: $id) }\n"): (typeof documents)["\n  mutation LabelsDelete($id: ID!) { deleteLabel(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabelsSet($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id version dueAt labels { id name color } }\n  }\n"): (typeof documents)["\n  mutation LabelsSet($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id version dueAt labels { id name color } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelsBoard($id: ID!, $labelIds: [ID!], $priorities: [TaskPriority!], $dueAfter: DateTime, $dueBefore: DateTime, $overdue: Boolean, $assigneeId: ID) {\n    workspace(id: $id) {\n      version\n      labels { id name color }\n      tasks(labelIds: $labelIds, priorities: $priorities, dueAfter: $dueAfter, dueBefore: $dueBefore, overdue: $overdue, assigneeId: $assigneeId, first: 100) {\n        totalCount\n        edges { node { title dueAt labels { name } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LabelsBoard($id: ID!, $labelIds: [ID!], $priorities: [TaskPriority!], $dueAfter: DateTime, $dueBefore: DateTime, $overdue: Boolean, $assigneeId: ID) {\n    workspace(id: $id) {\n      version\n      labels { id name color }\n      tasks(labelIds: $labelIds, priorities: $priorities, dueAfter: $dueAfter, dueBefore: $dueBefore, overdue: $overdue, assigneeId: $assigneeId, first: 100) {\n        totalCount\n        edges { node { title dueAt labels { name } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelsHistory($id: ID!) {\n    node(id: $id) { ... on Task { history { action after } } }\n  }\n"): (typeof documents)["\n  query LabelsHistory($id: ID!) {\n    node(id: $id) { ... on Task { history { action after } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LabelsLive($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) { kind task { id dueAt labels { name } } }\n  }\n"): (typeof documents)["\n  subscription LabelsLive($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) { kind task { id dueAt labels { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PgBusWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }\n"): (typeof documents)["\n  mutation PgBusWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PgBusVersions($workspaceId: ID!) { activityAdded(workspaceId: $workspaceId) { version } }\n"): (typeof documents)["\n  subscription PgBusVersions($workspaceId: ID!) { activityAdded(workspaceId: $workspaceId) { version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PgBusTitles($workspaceId: ID!) { taskChanged(workspaceId: $workspaceId) { version task { title } } }\n"): (typeof documents)["\n  subscription PgBusTitles($workspaceId: ID!) { taskChanged(workspaceId: $workspaceId) { version task { title } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanOutWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }\n"): (typeof documents)["\n  mutation FanOutWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanOutVersions($workspaceId: ID!) { activityAdded(workspaceId: $workspaceId) { version } }\n"): (typeof documents)["\n  subscription FanOutVersions($workspaceId: ID!) { activityAdded(workspaceId: $workspaceId) { version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedInstancesWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n"): (typeof documents)["\n  mutation SharedInstancesWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedInstancesLog($id: ID!, $since: Int!) {\n    workspace(id: $id) {\n      version\n      events(since: $since, first: 500) { events { version action entityId before after } }\n    }\n  }\n"): (typeof documents)["\n  query SharedInstancesLog($id: ID!, $since: Int!) {\n    workspace(id: $id) {\n      version\n      events(since: $since, first: 500) { events { version action entityId before after } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsInbox($unreadOnly: Boolean) {\n    unreadNotificationCount\n    notifications(unreadOnly: $unreadOnly) { edges { node { id kind read actor { name } task { title } comment { body } workspace { name } } } }\n  }\n"): (typeof documents)["\n  query NotificationsInbox($unreadOnly: Boolean) {\n    unreadNotificationCount\n    notifications(unreadOnly: $unreadOnly) { edges { node { id kind read actor { name } task { title } comment { body } workspace { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount notifications { id read } }\n  }\n"): (typeof documents)["\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount notifications { id read } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation NotificationsRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationsAdded {\n    notificationAdded { id kind read actor { name } task { title } comment { body } }\n  }\n"): (typeof documents)["\n  subscription NotificationsAdded {\n    notificationAdded { id kind read actor { name } task { title } comment { body } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HeartbeatWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n"): (typeof documents)["\n  mutation HeartbeatWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HeartbeatInvite($input: InviteMemberInput!) { inviteMember(input: $input) { id inviteUrl } }\n"): (typeof documents)["\n  mutation HeartbeatInvite($input: InviteMemberInput!) { inviteMember(input: $input) { id inviteUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HeartbeatAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }\n"): (typeof documents)["\n  mutation HeartbeatAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HeartbeatPresence($workspaceId: ID!) { presence(workspaceId: $workspaceId) { kind user { id } } }\n"): (typeof documents)["\n  subscription HeartbeatPresence($workspaceId: ID!) { presence(workspaceId: $workspaceId) { kind user { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PresenceWatch($workspaceId: ID!) {\n    presence(workspaceId: $workspaceId) {\n      kind\n      taskId\n      user { id name }\n      viewers { user { id } taskId since }\n    }\n  }\n"): (typeof documents)["\n  subscription PresenceWatch($workspaceId: ID!) {\n    presence(workspaceId: $workspaceId) {\n      kind\n      taskId\n      user { id name }\n      viewers { user { id } taskId since }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresenceSet($input: SetPresenceInput!) {\n    setPresence(input: $input)\n  }\n"): (typeof documents)["\n  mutation PresenceSet($input: SetPresenceInput!) {\n    setPresence(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RacingDeleteUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title version assignee { id name } createdBy { id } workspace { id } labels { id } comments(first: 5) { totalCount } }\n  }\n"): (typeof documents)["\n  mutation RacingDeleteUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title version assignee { id name } createdBy { id } workspace { id } labels { id } comments(first: 5) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreUndoRestoreTask($input: RestoreTaskInput!) {\n    restoreTask(input: $input) { id title status deleted version }\n  }\n"): (typeof documents)["\n  mutation RestoreUndoRestoreTask($input: RestoreTaskInput!) {\n    restoreTask(input: $input) { id title status deleted version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreUndoUndo($input: UndoInput!) {\n    undo(input: $input) { id title status deleted lastChange { action metadata } }\n  }\n"): (typeof documents)["\n  mutation RestoreUndoUndo($input: UndoInput!) {\n    undo(input: $input) { id title status deleted lastChange { action metadata } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestoreUndoTask($id: ID!) {\n    node(id: $id) {\n      ... on Task { title status deleted lastChange { action metadata } }\n    }\n  }\n"): (typeof documents)["\n  query RestoreUndoTask($id: ID!) {\n    node(id: $id) {\n      ... on Task { title status deleted lastChange { action metadata } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestoreUndoVersion($id: ID!) {\n    workspace(id: $id) { version }\n  }\n"): (typeof documents)["\n  query RestoreUndoVersion($id: ID!) {\n    workspace(id: $id) { version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestoreUndoActivity($id: ID!) {\n    workspace(id: $id) { activity(first: 5) { edges { node { action subject { name } metadata } } } }\n  }\n"): (typeof documents)["\n  query RestoreUndoActivity($id: ID!) {\n    workspace(id: $id) { activity(first: 5) { edges { node { action subject { name } metadata } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesMyRole($id: ID!) {\n    workspace(id: $id) { id myRole tasks(first: 10) { totalCount } }\n  }\n"): (typeof documents)["\n  query RolesMyRole($id: ID!) {\n    workspace(id: $id) { id myRole tasks(first: 10) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesRename($input: RenameWorkspaceInput!) {\n    renameWorkspace(input: $input) { id name version }\n  }\n"): (typeof documents)["\n  mutation RolesRename($input: RenameWorkspaceInput!) {\n    renameWorkspace(input: $input) { id name version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role status }\n  }\n"): (typeof documents)["\n  mutation RolesInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RolesTaskChanged($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { kind version task { id title } }\n  }\n"): (typeof documents)["\n  subscription RolesTaskChanged($workspaceId: ID!) {\n    taskChanged(workspaceId: $workspaceId) { kind version task { id title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTasks($workspaceId: ID!, $query: String!, $first: Int, $after: String) {\n    search(workspaceId: $workspaceId, query: $query, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { rank snippetSource task { id title } title { text match } snippet { text match } } }\n    }\n  }\n"): (typeof documents)["\n  query SearchTasks($workspaceId: ID!, $query: String!, $first: Int, $after: String) {\n    search(workspaceId: $workspaceId, query: $query, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { rank snippetSource task { id title } title { text match } snippet { text match } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n"): (typeof documents)["\n  mutation SearchCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchAddComment($input: AddCommentInput!) { addComment(input: $input) { id } }\n"): (typeof documents)["\n  mutation SearchAddComment($input: AddCommentInput!) { addComment(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsMe { me { id email } }\n"): (typeof documents)["\n  query SessionsMe { me { id email } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubsTaskChanged($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) {\n      kind\n      version\n      actor { id name }\n      task { id title status deleted }\n    }\n  }\n"): (typeof documents)["\n  subscription SubsTaskChanged($workspaceId: ID!, $since: Int) {\n    taskChanged(workspaceId: $workspaceId, since: $since) {\n      kind\n      version\n      actor { id name }\n      task { id title status deleted }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubsActivityAdded($workspaceId: ID!, $since: Int) {\n    activityAdded(workspaceId: $workspaceId, since: $since) { version action entityId }\n  }\n"): (typeof documents)["\n  subscription SubsActivityAdded($workspaceId: ID!, $since: Int) {\n    activityAdded(workspaceId: $workspaceId, since: $since) { version action entityId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadWorkspaces {\n    workspaces { id name version }\n  }\n"): (typeof documents)["\n  query BadWorkspaces {\n    workspaces { id name version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadWorkspaceById($id: ID!) {\n    workspace(id: $id) { id }\n  }\n"): (typeof documents)["\n  query BadWorkspaceById($id: ID!) {\n    workspace(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation BadCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadRename($input: RenameWorkspaceInput!) {\n    renameWorkspace(input: $input) { id name }\n  }\n"): (typeof documents)["\n  mutation BadRename($input: RenameWorkspaceInput!) {\n    renameWorkspace(input: $input) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role inviteUrl }\n  }\n"): (typeof documents)["\n  mutation BadInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id email role inviteUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation BadAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadRevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation BadRevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadDeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation BadDeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id name version }\n  }\n"): (typeof documents)["\n  mutation TestCreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) { id name version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id role inviteUrl }\n  }\n"): (typeof documents)["\n  mutation TestInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { id role inviteUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation TestAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestWorkspaceState($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      version\n      members { role user { id email } }\n      invitations { id email role status }\n      tasks(first: 100) {\n        totalCount\n        edges { node { id title description status priority position version assignee { id } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestWorkspaceState($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      version\n      members { role user { id email } }\n      invitations { id email role status }\n      tasks(first: 100) {\n        totalCount\n        edges { node { id title description status priority position version assignee { id } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id title description status priority position version\n      assignee { id name }\n      createdBy { id }\n      workspace { id version }\n      board { id name }\n    }\n  }\n"): (typeof documents)["\n  mutation DocCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id title description status priority position version\n      assignee { id name }\n      createdBy { id }\n      workspace { id version }\n      board { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title description status priority version assignee { id name } workspace { id } }\n  }\n"): (typeof documents)["\n  mutation DocUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title description status priority version assignee { id name } workspace { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocMoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) { id status position version board { id } }\n  }\n"): (typeof documents)["\n  mutation DocMoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) { id status position version board { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input)\n  }\n"): (typeof documents)["\n  mutation DocDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocUndo($input: UndoInput!) {\n    undo(input: $input) { id title status deleted version board { id } }\n  }\n"): (typeof documents)["\n  mutation DocUndo($input: UndoInput!) {\n    undo(input: $input) { id title status deleted version board { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocRedo($input: RedoInput!) {\n    redo(input: $input) { id title status deleted version }\n  }\n"): (typeof documents)["\n  mutation DocRedo($input: RedoInput!) {\n    redo(input: $input) { id title status deleted version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { id role user { id } }\n  }\n"): (typeof documents)["\n  mutation DocChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { id role user { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation DocRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id name email } }\n  }\n"): (typeof documents)["\n  mutation DocSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id name email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocSignIn($input: SignInInput!) {\n    signIn(input: $input) { token user { id name email } }\n  }\n"): (typeof documents)["\n  mutation DocSignIn($input: SignInInput!) {\n    signIn(input: $input) { token user { id name email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation DocSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocWorkspaceVersion($id: ID!) {\n    workspace(id: $id) { version }\n  }\n"): (typeof documents)["\n  query DocWorkspaceVersion($id: ID!) {\n    workspace(id: $id) { version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocCreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) { id name archived position workspace { id } }\n  }\n"): (typeof documents)["\n  mutation DocCreateBoard($input: CreateBoardInput!) {\n    createBoard(input: $input) { id name archived position workspace { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { id body editedAt author { id name } task { id } viewerCanEdit viewerCanDelete }\n  }\n"): (typeof documents)["\n  mutation DocAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { id body editedAt author { id name } task { id } viewerCanEdit viewerCanDelete }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocEditComment($input: EditCommentInput!) {\n    editComment(input: $input) { id body editedAt }\n  }\n"): (typeof documents)["\n  mutation DocEditComment($input: EditCommentInput!) {\n    editComment(input: $input) { id body editedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocDeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n"): (typeof documents)["\n  mutation DocDeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n"];
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
export function graphql(source: "\n  query TasksRebuiltBoard($id: ID!) {\n    workspace(id: $id) {\n      board { title status }\n      activity(first: 200) { edges { node { action metadata } } }\n    }\n  }\n"): (typeof documents)["\n  query TasksRebuiltBoard($id: ID!) {\n    workspace(id: $id) {\n      board { title status }\n      activity(first: 200) { edges { node { action metadata } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksNode($id: ID!) {\n    node(id: $id) { id ... on Task { title } }\n  }\n"): (typeof documents)["\n  query TasksNode($id: ID!) {\n    node(id: $id) { id ... on Task { title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedWriteLog($id: ID!, $since: Int!) {\n    workspace(id: $id) {\n      version\n      events(since: $since, first: 500) { events { version action entityId before after } }\n    }\n  }\n"): (typeof documents)["\n  query SharedWriteLog($id: ID!, $since: Int!) {\n    workspace(id: $id) {\n      version\n      events(since: $since, first: 500) { events { version action entityId before after } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedWriteUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title description priority version }\n  }\n"): (typeof documents)["\n  mutation SharedWriteUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title description priority version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedWriteMove($input: MoveTaskInput!) {\n    moveTask(input: $input) { id status version }\n  }\n"): (typeof documents)["\n  mutation SharedWriteMove($input: MoveTaskInput!) {\n    moveTask(input: $input) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritePathUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title version assignee { id name } workspace { id } }\n  }\n"): (typeof documents)["\n  mutation WritePathUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { id title version assignee { id name } workspace { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WritePathLog($id: ID!, $since: Int!) {\n    workspace(id: $id) {\n      version\n      events(since: $since, first: 500) { events { version action entityId createdAt actor { id } } }\n      tasks(first: 100) { edges { node { id title version assignee { id } } } }\n    }\n  }\n"): (typeof documents)["\n  query WritePathLog($id: ID!, $since: Int!) {\n    workspace(id: $id) {\n      version\n      events(since: $since, first: 500) { events { version action entityId createdAt actor { id } } }\n      tasks(first: 100) { edges { node { id title version assignee { id } } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;