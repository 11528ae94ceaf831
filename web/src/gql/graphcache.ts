import type { cacheExchange, Resolver as GraphCacheResolver, UpdateResolver as GraphCacheUpdateResolver, OptimisticMutationResolver as GraphCacheOptimisticMutationResolver } from '@urql/exchange-graphcache';

export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 timestamp in UTC. */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON, as recorded in the activity log. */
  JSON: { input: unknown; output: unknown; }
};

export type AcceptInvitationInput = {
  /** The last path segment of the invite link. */
  token: Scalars['String']['input'];
};

/** One entry of a workspace's append-only log. */
export type Activity = Node & {
  __typename?: 'Activity';
  action: ActivityAction;
  actor: User;
  /** The entity's values after this change. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The entity's values before this change, where the log keeps them. */
  before?: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The global ID of the changed entity (a User for Member entries). */
  entityId: Scalars['ID']['output'];
  entityType: EntityType;
  id: Scalars['ID']['output'];
  /** What changed: before/after values. */
  metadata: Scalars['JSON']['output'];
  /** For a Member entry, the member it is about (whose role changed, who joined or was removed); else null. */
  subject?: Maybe<User>;
  /** Gap-free, strictly increasing within the workspace. */
  version: Scalars['Int']['output'];
};

export type ActivityAction =
  | 'BOARD_ARCHIVED'
  | 'BOARD_CREATED'
  | 'BOARD_RENAMED'
  | 'BOARD_UNARCHIVED'
  | 'CHECKPOINT_CREATED'
  | 'CHECKPOINT_DELETED'
  | 'COMMENT_ADDED'
  | 'COMMENT_DELETED'
  | 'COMMENT_EDITED'
  | 'INVITATION_DECLINED'
  | 'INVITATION_REVOKED'
  | 'LABEL_CREATED'
  | 'LABEL_DELETED'
  | 'LABEL_UPDATED'
  | 'MEMBER_INVITED'
  | 'MEMBER_JOINED'
  | 'MEMBER_REMOVED'
  | 'MEMBER_ROLE_CHANGED'
  | 'TASK_CREATED'
  | 'TASK_DELETED'
  | 'TASK_MOVED'
  | 'TASK_RESTORED'
  | 'TASK_UPDATED'
  | 'WORKSPACE_CREATED'
  | 'WORKSPACE_RENAMED';

/** Your own activity per UTC day for one year, for a contribution-style heatmap. */
export type ActivityCalendar = {
  __typename?: 'ActivityCalendar';
  /** Consecutive active UTC days ending today, or yesterday when today has nothing yet; counted over all time, whichever year is asked for. */
  currentStreak: Scalars['Int']['output'];
  /** Every day of the year in order, January 1 to December 31; days without activity count 0. */
  days: Array<ActivityDay>;
  /** The longest run of consecutive active days within the year. */
  longestStreak: Scalars['Int']['output'];
  /** The sum of the year's counts. */
  total: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ActivityDay = {
  __typename?: 'ActivityDay';
  /** Log entries you caused that day, across all your workspaces. */
  count: Scalars['Int']['output'];
  /** A UTC day, YYYY-MM-DD. */
  date: Scalars['String']['output'];
};

export type AddCommentInput = {
  /** Markdown, 1 to 10,000 characters after trimming. */
  body: Scalars['String']['input'];
  /** Client-generated, unique per workspace: a retry with the same id returns the first result and writes nothing. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};

export type ArchiveBoardInput = {
  /** false reopens an archived board. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  boardId: Scalars['ID']['input'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as `Authorization: Bearer <token>`, or as connectionParams.authorization over WebSocket. */
  token: Scalars['String']['output'];
  user: User;
};

/** A board (project) of a workspace. Who may see and change it is the workspace's business: its members and their roles. */
export type Board = Node & {
  __typename?: 'Board';
  archived: Scalars['Boolean']['output'];
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Order among the workspace's boards, ascending. */
  position: Scalars['Float']['output'];
  tasks: BoardTasksConnection;
  /** The workspace log's version: boards share their workspace's one log, so this is the `since` to resume taskChanged(boardId) from. */
  version: Scalars['Int']['output'];
  workspace: Workspace;
};


/** A board (project) of a workspace. Who may see and change it is the workspace's business: its members and their roles. */
export type BoardTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  dueAfter?: InputMaybe<Scalars['DateTime']['input']>;
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  labelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  noDueDate?: InputMaybe<Scalars['Boolean']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  priorities?: InputMaybe<Array<TaskPriority>>;
  status?: InputMaybe<TaskStatus>;
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

export type BoardTasksConnection = {
  __typename?: 'BoardTasksConnection';
  edges: Array<BoardTasksConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BoardTasksConnectionEdge = {
  __typename?: 'BoardTasksConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type CancelRepositorySyncInput = {
  syncId: Scalars['ID']['input'];
};

export type ChangeMemberRoleInput = {
  role: Role;
  userId: Scalars['ID']['input'];
  workspaceId: Scalars['ID']['input'];
};

/** A name for a version of the workspace's log, like a git tag. */
export type Checkpoint = Node & {
  __typename?: 'Checkpoint';
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The workspace log version it names. */
  version: Scalars['Int']['output'];
};

/** Where the comment a task was imported from is. */
export type CodeReference = {
  __typename?: 'CodeReference';
  /** The commit at which this position was recorded. */
  commitSha: Scalars['String']['output'];
  /** 1-based. */
  line: Scalars['Int']['output'];
  path: Scalars['String']['output'];
  /** False once a sync found the comment gone. */
  present: Scalars['Boolean']['output'];
  /** The text in TODO(…), e.g. an owner. Not part of the title. */
  reference?: Maybe<Scalars['String']['output']>;
  tag: CodeTag;
  /** GITHUB: {Repository.url}/blob/{commitSha}/{path}#L{line}. Null for LOCAL_GIT. */
  url?: Maybe<Scalars['String']['output']>;
};

export type CodeTag =
  | 'FIXME'
  | 'HACK'
  | 'TODO';

/** A comment on a task, in Markdown (clients render it without raw HTML). */
export type Comment = Node & {
  __typename?: 'Comment';
  author: User;
  /** Markdown; `@Name` mentions a member by name. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deleted: Scalars['Boolean']['output'];
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  task: Task;
  /** Whether you may delete it: its author, or an admin or owner. */
  viewerCanDelete: Scalars['Boolean']['output'];
  /** Whether you may edit it: its author only. */
  viewerCanEdit: Scalars['Boolean']['output'];
};

export type CommentChangeKind =
  | 'ADDED'
  | 'DELETED'
  | 'EDITED';

export type CommentChangedEvent = {
  __typename?: 'CommentChangedEvent';
  actor: User;
  /** The comment as it is now (a deleted one has deleted: true; an edited one its latest body). */
  comment: Comment;
  kind: CommentChangeKind;
  taskId: Scalars['ID']['output'];
  /** The workspace log version of this change. */
  version: Scalars['Int']['output'];
};

export type CreateBoardInput = {
  /** 1 to 100 characters after trimming. */
  name: Scalars['String']['input'];
  workspaceId: Scalars['ID']['input'];
};

export type CreateCheckpointInput = {
  /** 1 to 100 characters after trimming; unique in the workspace. */
  name: Scalars['String']['input'];
  /** The version to name; default: the workspace's version now. */
  version?: InputMaybe<Scalars['Int']['input']>;
  workspaceId: Scalars['ID']['input'];
};

export type CreateLabelInput = {
  /** #rrggbb. */
  color: Scalars['String']['input'];
  /** 1 to 50 characters after trimming; unique in the workspace. */
  name: Scalars['String']['input'];
  workspaceId: Scalars['ID']['input'];
};

export type CreateTaskInput = {
  /** A member of the workspace. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** An open board of the workspace; default: its first open board. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** Client-generated, unique per workspace: a retry with the same id returns the first result and writes nothing. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Labels of the workspace, in display order (at most 20). */
  labelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  priority?: InputMaybe<TaskPriority>;
  status?: InputMaybe<TaskStatus>;
  /** 1 to 500 characters after trimming. */
  title: Scalars['String']['input'];
  workspaceId: Scalars['ID']['input'];
};

export type CreateWorkspaceInput = {
  name: Scalars['String']['input'];
};

export type CycleTime = {
  __typename?: 'CycleTime';
  /** Tasks that reached DONE in the range after having been IN_PROGRESS. */
  count: Scalars['Int']['output'];
  medianHours?: Maybe<Scalars['Float']['output']>;
  /** 85th percentile: 85% of tasks took at most this long. */
  p85Hours?: Maybe<Scalars['Float']['output']>;
  /** One per task, oldest first (the newest 500), for a scatter plot. */
  points: Array<CycleTimePoint>;
};

export type CycleTimePoint = {
  __typename?: 'CycleTimePoint';
  doneAt: Scalars['DateTime']['output'];
  /** From the task's first IN_PROGRESS to this arrival in DONE. */
  hours: Scalars['Float']['output'];
  task?: Maybe<Task>;
};

/** Exactly one of the two. */
export type DeclineInvitationInput = {
  /** An invitation to your own email, as myInvitations lists them. */
  invitationId?: InputMaybe<Scalars['ID']['input']>;
  /** The invite link's token. */
  token?: InputMaybe<Scalars['String']['input']>;
};

export type DeleteCheckpointInput = {
  id: Scalars['ID']['input'];
};

export type DeleteCommentInput = {
  id: Scalars['ID']['input'];
};

export type DeleteTaskInput = {
  /** Client-generated, unique per workspace: a retry with the same id returns the first result and writes nothing. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type EditCommentInput = {
  /** Markdown, 1 to 10,000 characters after trimming. */
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type EntityType =
  | 'Board'
  | 'Checkpoint'
  | 'Comment'
  | 'Invitation'
  | 'Label'
  | 'Member'
  | 'Task'
  | 'Workspace';

/** A slice of the workspace's log for clients that poll: events after `since`, oldest first. */
export type EventPage = {
  __typename?: 'EventPage';
  events: Array<Activity>;
  /** More events follow the last one returned: ask again with since = its version. */
  hasMore: Scalars['Boolean']['output'];
};

export type FlowAnalytics = {
  __typename?: 'FlowAnalytics';
  /** Hours tasks spent BLOCKED within the range, summed over tasks. */
  blockedHours: Scalars['Float']['output'];
  /** Tasks that were BLOCKED at some time within the range. */
  blockedTasks: Scalars['Int']['output'];
  cycleTime: CycleTime;
  days: Array<FlowDay>;
  from: Scalars['DateTime']['output'];
  throughput: Array<ThroughputWeek>;
  to: Scalars['DateTime']['output'];
  /** Tasks IN_PROGRESS at `to`. */
  wip: Scalars['Int']['output'];
};

/** How many tasks were in each status as a UTC day ended (cumulative flow). */
export type FlowDay = {
  __typename?: 'FlowDay';
  blocked: Scalars['Int']['output'];
  /** YYYY-MM-DD (UTC). */
  date: Scalars['String']['output'];
  done: Scalars['Int']['output'];
  /** Work in progress that day. */
  inProgress: Scalars['Int']['output'];
  todo: Scalars['Int']['output'];
};

/** Part of a highlighted text; `match` marks the words the query matched. Plain text: render it, never as HTML. */
export type HighlightSegment = {
  __typename?: 'HighlightSegment';
  match: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type Invitation = Node & {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  /** The address the invite link was sent to. */
  email: Scalars['String']['output'];
  /** In the same responses: whether the link was emailed (SMTP_URL set and accepted) or has to be shared by hand. */
  emailSent?: Maybe<Scalars['Boolean']['output']>;
  expired: Scalars['Boolean']['output'];
  /** The invite link stops working then; resending restarts the clock. */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The invite link (PUBLIC_URL/invite/<token>). Only in the response of inviteMember or resendInvitation: the server keeps just a hash. */
  inviteUrl?: Maybe<Scalars['String']['output']>;
  invitedBy: User;
  role: Role;
  status: InvitationStatus;
  /** Null until you are a member. */
  workspace?: Maybe<Workspace>;
  workspaceName: Scalars['String']['output'];
};

export type InvitationIdInput = {
  invitationId: Scalars['ID']['input'];
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING'
  | 'REVOKED';

export type InviteMemberInput = {
  /** Works before the invitee has an account. */
  email: Scalars['String']['input'];
  role: Role;
  workspaceId: Scalars['ID']['input'];
};

export type Label = Node & {
  __typename?: 'Label';
  /** #rrggbb, lower case. */
  color: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type LinkRepositoryInput = {
  /** LOCAL_GIT: an absolute path to a git repository on the server's machine. */
  path?: InputMaybe<Scalars['String']['input']>;
  provider: RepositoryProvider;
  /** GITHUB: a token that can read the repository's contents. Stored encrypted; never returned, logged or echoed. */
  token?: InputMaybe<Scalars['String']['input']>;
  /** GITHUB: owner/name, or an https/ssh URL of the repository. */
  url?: InputMaybe<Scalars['String']['input']>;
  workspaceId: Scalars['ID']['input'];
};

export type MarkNotificationsReadInput = {
  /** Mark every one of yours instead. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** Your notifications to mark (at most 500); others' IDs are ignored. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** false marks them unread again. */
  read?: InputMaybe<Scalars['Boolean']['input']>;
};

export type MarkNotificationsReadResult = {
  __typename?: 'MarkNotificationsReadResult';
  /** The notifications named (with all: true, none: refetch the list). */
  notifications: Array<Notification>;
  /** Your unread count after the change. */
  unreadCount: Scalars['Int']['output'];
};

export type Member = {
  __typename?: 'Member';
  id: Scalars['ID']['output'];
  joinedAt: Scalars['DateTime']['output'];
  role: Role;
  user: User;
};

export type MoveTaskInput = {
  /** Place below this task of the target column; omit to place at the top. */
  afterId?: InputMaybe<Scalars['ID']['input']>;
  /** Move the card to this open board of the same workspace; omit to keep its board. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** Client-generated, unique per workspace: a retry with the same id returns the first result and writes nothing. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Fail with CONFLICT (extensions.current holds the task) unless the task is still at this version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  status: TaskStatus;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Joins the workspace with the invited role. Needs the invite link's token; whoever holds it may accept. */
  acceptInvitation: Invitation;
  /** MEMBER and up. Mentioned members (`@Name`) are notified. */
  addComment: Comment;
  /** Archives a board, keeping its tasks and history (ADMIN and up); archived: false reopens it. CONFLICT (LAST_BOARD) for the last open board. */
  archiveBoard: Board;
  /** MEMBER and up. Ends the sync CANCELLED promptly; writes nothing after it. CONFLICT when it has already ended. */
  cancelRepositorySync: RepositorySync;
  changeMemberRole: Member;
  /** Adds a board to the workspace (ADMIN and up). */
  createBoard: Board;
  /** Names a version of the log (MEMBER and up). CONFLICT (CHECKPOINT_NAME_TAKEN) when the name is in use. */
  createCheckpoint: Checkpoint;
  /** ADMIN and up. */
  createLabel: Label;
  createTask: Task;
  createWorkspace: Workspace;
  /** Says no to an invitation: by its link's token, or by its id when it is addressed to your email. */
  declineInvitation: Invitation;
  /** Removes the name (MEMBER and up) and returns its ID; the log is untouched. */
  deleteCheckpoint: Scalars['ID']['output'];
  /** Its author, or an admin or owner. Returns the comment's ID. */
  deleteComment: Scalars['ID']['output'];
  /** ADMIN and up. Returns the deleted label's ID; tasks lose the label. */
  deleteLabel: Scalars['ID']['output'];
  /** Deletes the task and returns its ID. */
  deleteTask: Scalars['ID']['output'];
  /** Its author only (FORBIDDEN, reason NOT_AUTHOR, for anyone else). Members newly mentioned are notified. */
  editComment: Comment;
  /** Invites an email with a role and issues its invite link (emailed with SMTP_URL, else logged); inviting again replaces the link. */
  inviteMember: Invitation;
  /** ADMIN or OWNER. Verifies access now and records the default branch. BAD_USER_INPUT (extensions.field url/path/token) for anything wrong, with nothing written; CONFLICT when a repository is already linked. */
  linkRepository: Repository;
  markNotificationsRead: MarkNotificationsReadResult;
  moveTask: Task;
  /** Re-applies your most recently undone change. A new change of your own clears what can be redone. */
  redo: Task;
  /** Removes a member (or lets you leave) and returns the removed Member's ID. Their tasks become unassigned. */
  removeMember: Scalars['ID']['output'];
  /** ADMIN and up. */
  renameBoard: Board;
  renameWorkspace: Workspace;
  /** A new invite link for a pending invitation, valid for the full lifetime again; the previous link stops working. */
  resendInvitation: Invitation;
  /** Brings the task back to how it was at a workspace version (undeleting it if needed), as new events. */
  restoreTask: Task;
  /** Brings every task of the board (or workspace) back to how it was at `version`, as forward events: one change that `undo` takes back whole (MEMBER and up). */
  restoreWorkspace: RestoreWorkspaceResult;
  /** Withdraws a pending invitation (admins: only for roles below their own). */
  revokeInvitation: Invitation;
  /** Says which task you are editing (or none). Makes you present for 30 seconds: call it again within that to stay. Without a refresh the task is cleared, and you leave unless a `presence` subscription of yours is open; closing your last `presence` subscription leaves at once. */
  setPresence: Scalars['Boolean']['output'];
  signIn: AuthPayload;
  /** Revokes the token this request was made with. False when there was none. */
  signOut: Scalars['Boolean']['output'];
  signUp: AuthPayload;
  /** MEMBER and up. Returns at once (QUEUED): every provider call happens in the pipeline, so a provider failure is a FAILED sync, never an error here. CONFLICT while another sync of the workspace is QUEUED or RUNNING. */
  startRepositorySync: RepositorySync;
  /** Undoes your newest change in the workspace by appending its inverse. CONFLICT when someone else changed that task since, or when there is nothing to undo. */
  undo: Task;
  /** ADMIN or OWNER. Returns the removed Repository's ID. Imported tasks stay; linking the same repository again adopts them. CONFLICT while a sync runs. */
  unlinkRepository: Scalars['ID']['output'];
  /** ADMIN and up. */
  updateLabel: Label;
  updateTask: Task;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationArchiveBoardArgs = {
  input: ArchiveBoardInput;
};


export type MutationCancelRepositorySyncArgs = {
  input: CancelRepositorySyncInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationCreateBoardArgs = {
  input: CreateBoardInput;
};


export type MutationCreateCheckpointArgs = {
  input: CreateCheckpointInput;
};


export type MutationCreateLabelArgs = {
  input: CreateLabelInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationCreateWorkspaceArgs = {
  input: CreateWorkspaceInput;
};


export type MutationDeclineInvitationArgs = {
  input: DeclineInvitationInput;
};


export type MutationDeleteCheckpointArgs = {
  input: DeleteCheckpointInput;
};


export type MutationDeleteCommentArgs = {
  input: DeleteCommentInput;
};


export type MutationDeleteLabelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTaskArgs = {
  input: DeleteTaskInput;
};


export type MutationEditCommentArgs = {
  input: EditCommentInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLinkRepositoryArgs = {
  input: LinkRepositoryInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationMoveTaskArgs = {
  input: MoveTaskInput;
};


export type MutationRedoArgs = {
  input: RedoInput;
};


export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


export type MutationRenameBoardArgs = {
  input: RenameBoardInput;
};


export type MutationRenameWorkspaceArgs = {
  input: RenameWorkspaceInput;
};


export type MutationResendInvitationArgs = {
  input: InvitationIdInput;
};


export type MutationRestoreTaskArgs = {
  input: RestoreTaskInput;
};


export type MutationRestoreWorkspaceArgs = {
  input: RestoreWorkspaceInput;
};


export type MutationRevokeInvitationArgs = {
  input: InvitationIdInput;
};


export type MutationSetPresenceArgs = {
  input: SetPresenceInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStartRepositorySyncArgs = {
  input: StartRepositorySyncInput;
};


export type MutationUndoArgs = {
  input: UndoInput;
};


export type MutationUnlinkRepositoryArgs = {
  input: UnlinkRepositoryInput;
};


export type MutationUpdateLabelArgs = {
  input: UpdateLabelInput;
};


export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
};

export type Node = {
  id: Scalars['ID']['output'];
};

/** Something that happened to you: a mention or an assignment. Only its recipient sees it. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** Who mentioned or assigned you. */
  actor: User;
  /** The comment that mentioned you (MENTIONED). */
  comment?: Maybe<Comment>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  task: Task;
  workspace: Workspace;
};

export type NotificationKind =
  /** Someone assigned a task to you. */
  | 'ASSIGNED'
  /** Someone mentioned you in a comment. */
  | 'MENTIONED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One user present in a workspace. */
export type PresenceEntry = {
  __typename?: 'PresenceEntry';
  /** When the user became present. */
  since: Scalars['DateTime']['output'];
  /** The task the user is editing, or null when they only view the board. */
  taskId?: Maybe<Scalars['ID']['output']>;
  user: User;
};

/** A change in who is viewing the board and who is editing which task, with the full list after it. */
export type PresenceEvent = {
  __typename?: 'PresenceEvent';
  kind: PresenceEventKind;
  /** The task `user` edits after this change (null for LEFT and for only viewing). */
  taskId?: Maybe<Scalars['ID']['output']>;
  /** Whose presence changed; for SNAPSHOT, the subscriber. */
  user: User;
  /** Everyone present after this change, earliest first. */
  viewers: Array<PresenceEntry>;
};

export type PresenceEventKind =
  /** `user` became present: opened a `presence` subscription or called `setPresence`. */
  | 'JOINED'
  /** `user` is no longer present: every subscription closed (or its socket went silent) and no lease is left. */
  | 'LEFT'
  /** The first event of every subscription: who is present now, the subscriber included. */
  | 'SNAPSHOT'
  /** `user` started editing another task, or stopped editing (`taskId` null). */
  | 'UPDATED';

export type Query = {
  __typename?: 'Query';
  /** The invitation an invite link's token opens, signed in or not, so its page can say what joining means. Null for an unknown token. */
  invitation?: Maybe<Invitation>;
  /** The signed-in user, or null when signed out. */
  me?: Maybe<User>;
  /** Pending, unexpired invitations addressed to your email. Accepting one needs its invite link. */
  myInvitations: Array<Invitation>;
  node?: Maybe<Node>;
  /** Your notifications, newest first, from the workspaces you are a member of. */
  notifications: QueryNotificationsConnection;
  /** The linked repository's branches (VIEWER and up). NOT_FOUND when none is linked. */
  repositoryBranches: Array<RepositoryBranch>;
  /** Full-text search of a workspace's tasks: titles, descriptions and comments. Every word must match, as a prefix. Best first: tasks whose title has every word, then by rank (title, then description, then comments), then the most recently updated. Any role may search. */
  search: SearchConnection;
  /** How many of your notifications are unread (the inbox badge). */
  unreadNotificationCount: Scalars['Int']['output'];
  /** Null for workspaces you are not a member of: their existence is not revealed. */
  workspace?: Maybe<Workspace>;
  workspaces: Array<Workspace>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRepositoryBranchesArgs = {
  workspaceId: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  workspaceId: Scalars['ID']['input'];
};


export type QueryWorkspaceArgs = {
  id: Scalars['ID']['input'];
};

export type QueryNotificationsConnection = {
  __typename?: 'QueryNotificationsConnection';
  edges: Array<QueryNotificationsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryNotificationsConnectionEdge = {
  __typename?: 'QueryNotificationsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type RedoInput = {
  workspaceId: Scalars['ID']['input'];
};

export type RemoveMemberInput = {
  /** Your own ID to leave the workspace. */
  userId: Scalars['ID']['input'];
  workspaceId: Scalars['ID']['input'];
};

export type RenameBoardInput = {
  boardId: Scalars['ID']['input'];
  /** 1 to 100 characters after trimming. */
  name: Scalars['String']['input'];
};

export type RenameWorkspaceInput = {
  name: Scalars['String']['input'];
  workspaceId: Scalars['ID']['input'];
};

/** A Git repository linked to a workspace. Its TODO / FIXME / HACK comments become tasks. */
export type Repository = Node & {
  __typename?: 'Repository';
  defaultBranch: Scalars['String']['output'];
  /** A token is stored for this repository. No field ever returns the token. */
  hasToken: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  linkedAt: Scalars['DateTime']['output'];
  linkedBy: User;
  /** GITHUB: owner/name. LOCAL_GIT: the directory's name. */
  name: Scalars['String']['output'];
  /** LOCAL_GIT: the absolute path as linked. Null for GITHUB. */
  path?: Maybe<Scalars['String']['output']>;
  provider: RepositoryProvider;
  /** GITHUB: the repository's web address as the API reports it (html_url). Null for LOCAL_GIT. */
  url?: Maybe<Scalars['String']['output']>;
  workspace: Workspace;
};

export type RepositoryBranch = {
  __typename?: 'RepositoryBranch';
  headSha: Scalars['String']['output'];
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

export type RepositoryProvider =
  | 'GITHUB'
  | 'LOCAL_GIT';

export type RepositorySync = Node & {
  __typename?: 'RepositorySync';
  branch: Scalars['String']['output'];
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  error?: Maybe<RepositorySyncError>;
  /** The commit read; null until RESOLVE_HEAD is done. */
  headSha?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The sync that superseded this one. */
  nextSync?: Maybe<RepositorySync>;
  /** The current phase; for FAILED and CANCELLED the phase it stopped in. */
  phase: RepositorySyncPhase;
  /** The workspace's sync started just before this one, whatever its status. */
  previousSync?: Maybe<RepositorySync>;
  /** 0 to 1, never decreasing; 1 when SUCCEEDED. */
  progress: Scalars['Float']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  startedBy: User;
  stats: RepositorySyncStats;
  status: RepositorySyncStatus;
};

export type RepositorySyncError = {
  __typename?: 'RepositorySyncError';
  code: RepositorySyncErrorCode;
  /** Plain words, never a token. */
  message: Scalars['String']['output'];
  /** RATE_LIMITED: when the provider accepts requests again. */
  retryAt?: Maybe<Scalars['DateTime']['output']>;
};

export type RepositorySyncErrorCode =
  | 'ACCESS_DENIED'
  | 'INTERNAL'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'UPSTREAM_ERROR';

/** In this order; every sync reports each phase it enters, even one with nothing to do. */
export type RepositorySyncPhase =
  | 'CLOSE_REMOVED'
  | 'FETCH_TREE'
  | 'FINISH'
  | 'RESOLVE_HEAD'
  | 'SCAN_FILES'
  | 'UPSERT_TASKS';

/** One step of a sync, as it happened. */
export type RepositorySyncProgress = {
  __typename?: 'RepositorySyncProgress';
  at: Scalars['DateTime']['output'];
  filesScanned: Scalars['Int']['output'];
  filesTotal: Scalars['Int']['output'];
  message?: Maybe<Scalars['String']['output']>;
  phase: RepositorySyncPhase;
  progress: Scalars['Float']['output'];
  /** 1, 2, 3… within the sync, without gaps; also the plain SSE event id. */
  sequence: Scalars['Int']['output'];
  status: RepositorySyncStatus;
  sync: RepositorySync;
};

export type RepositorySyncStats = {
  __typename?: 'RepositorySyncStats';
  filesScanned: Scalars['Int']['output'];
  /** Vendored (node_modules/, vendor/, third_party/…), binary (NUL in the first 8000 bytes), symlinks, too large, unsupported. */
  filesSkipped: Scalars['Int']['output'];
  /** Every blob of the tree at headSha (regular files, executables, symlinks) = filesScanned + filesSkipped. */
  filesTotal: Scalars['Int']['output'];
  /** Comment gone: the task moved to DONE. */
  tasksClosed: Scalars['Int']['output'];
  tasksCreated: Scalars['Int']['output'];
  /** Comment back on a task an earlier sync closed: the task moved to TODO again. */
  tasksReopened: Scalars['Int']['output'];
  /** Moved (path or line) or re-described; a TODO that did not change is not written. */
  tasksUpdated: Scalars['Int']['output'];
  todosFound: Scalars['Int']['output'];
};

export type RepositorySyncStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type RestoreTaskInput = {
  id: Scalars['ID']['input'];
  /** A workspace log version at which the task existed. */
  version: Scalars['Int']['input'];
};

export type RestoreWorkspaceInput = {
  /** Only this board's tasks; default: every task of the workspace. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** The log version to bring the tasks back to (a checkpoint's version, say). */
  version: Scalars['Int']['input'];
  workspaceId: Scalars['ID']['input'];
};

export type RestoreWorkspaceResult = {
  __typename?: 'RestoreWorkspaceResult';
  /** The tasks it changed, as they are now (deleted ones have deleted: true). */
  tasks: Array<Task>;
  workspace: Workspace;
};

/** VIEWER reads; MEMBER also writes tasks; ADMIN also manages members below ADMIN; OWNER everything. */
export type Role =
  | 'ADMIN'
  | 'MEMBER'
  | 'OWNER'
  | 'VIEWER';

/** Matches, best first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  pageInfo: PageInfo;
  /** Exact up to SEARCH_EXACT_UP_TO matches (2,000 by default); past that it is that bound and totalCountIsExact is false (show "2,000+"). */
  totalCount: Scalars['Int']['output'];
  /** False when more tasks match than are ranked exactly: then only the SEARCH_CANDIDATES (100 by default) most recently updated matches are ranked, and paging ends after them. */
  totalCountIsExact: Scalars['Boolean']['output'];
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /** ts_rank: higher is better; title matches weigh most, then description, then comments. */
  rank: Scalars['Float']['output'];
  /** An excerpt around the matches; empty when only the title matched. */
  snippet: Array<HighlightSegment>;
  snippetSource: SearchSnippetSource;
  task: Task;
  title: Array<HighlightSegment>;
};

export type SearchSnippetSource =
  | 'COMMENT'
  | 'DESCRIPTION';

export type SetPresenceInput = {
  /** The task you are editing, in this workspace; null or absent when you only view. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  workspaceId: Scalars['ID']['input'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 8 characters. */
  password: Scalars['String']['input'];
};

export type StartRepositorySyncInput = {
  /** Default: the repository's default branch. */
  branch?: InputMaybe<Scalars['String']['input']>;
  workspaceId: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every new entry of the workspace's log, in version order. `since` works as for taskChanged. */
  activityAdded: Activity;
  /** New comments only (the workspace's, or one task's), as the issue tracker's feed shows them; commentChanged also carries edits and deletions. */
  commentAdded: Comment;
  /** Comments added, edited and deleted in the workspace (or on one task), live; `since` replays the log first, as for taskChanged. */
  commentChanged: CommentChangedEvent;
  /** Your notifications as they are made (mentions and assignments in the workspaces you are a member of when subscribing). */
  notificationAdded: Notification;
  /** Who is viewing the board and who is editing which task. Subscribing makes you a viewer until the subscription or its socket closes; the first event is a SNAPSHOT that includes you. */
  presence: PresenceEvent;
  /** VIEWER and up. Replays the sync's progress from sequence 1, then goes live, and completes after the terminal event. */
  repositorySyncProgress: RepositorySyncProgress;
  /** Every change to the workspace's tasks (with boardId, to the tasks on that board before or after the change: a card moved to another board arrives with its new board). With `since`, first replays the log after that version, then goes live: no gap, no duplicate. */
  taskChanged: TaskChangedEvent;
};


export type SubscriptionActivityAddedArgs = {
  since?: InputMaybe<Scalars['Int']['input']>;
  workspaceId: Scalars['ID']['input'];
};


export type SubscriptionCommentAddedArgs = {
  since?: InputMaybe<Scalars['Int']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
  workspaceId: Scalars['ID']['input'];
};


export type SubscriptionCommentChangedArgs = {
  since?: InputMaybe<Scalars['Int']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
  workspaceId: Scalars['ID']['input'];
};


export type SubscriptionPresenceArgs = {
  workspaceId: Scalars['ID']['input'];
};


export type SubscriptionRepositorySyncProgressArgs = {
  syncId: Scalars['ID']['input'];
};


export type SubscriptionTaskChangedArgs = {
  boardId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['Int']['input']>;
  workspaceId: Scalars['ID']['input'];
};

export type Task = Node & {
  __typename?: 'Task';
  assignee?: Maybe<User>;
  board: Board;
  /** Null for tasks not imported from code. */
  codeRef?: Maybe<CodeReference>;
  /** The task's comments, oldest first. */
  comments: TaskCommentsConnection;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  deleted: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every logged change to this task, oldest first, with actor and before/after values. */
  history: Array<Activity>;
  id: Scalars['ID']['output'];
  /** IDs of the labels applied (see `labels`), including any of a label since deleted. */
  labelIds: Array<Scalars['ID']['output']>;
  /** In the order they were applied; a deleted label disappears from every task. */
  labels: Array<Label>;
  /** The newest logged change to this task. After undo or redo, its metadata says what was taken back or made again (`original`, the action, and `cards`, how many the change touched). */
  lastChange?: Maybe<Activity>;
  /** Order within its status column, ascending. */
  position: Scalars['Float']['output'];
  priority: TaskPriority;
  status: TaskStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Bumped by every change to this task. */
  version: Scalars['Int']['output'];
  workspace: Workspace;
};


export type TaskCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type TaskChangeKind =
  | 'CREATED'
  | 'DELETED'
  | 'MOVED'
  | 'UPDATED';

export type TaskChangedEvent = {
  __typename?: 'TaskChangedEvent';
  activity: Activity;
  actor: User;
  kind: TaskChangeKind;
  /** The task as it was at this version (a replayed event shows it then, not now); a deleted task has deleted: true. */
  task: Task;
  /** The workspace log version of this change. */
  version: Scalars['Int']['output'];
};

export type TaskCommentsConnection = {
  __typename?: 'TaskCommentsConnection';
  edges: Array<TaskCommentsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskCommentsConnectionEdge = {
  __typename?: 'TaskCommentsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Comment;
};

export type TaskDiff = {
  __typename?: 'TaskDiff';
  after: TaskSnapshot;
  before: TaskSnapshot;
  fields: Array<TaskFieldChange>;
  taskId: Scalars['ID']['output'];
};

/** One field of a task, at the diff's two versions. IDs (assigneeId, boardId, labelIds) are global IDs. */
export type TaskFieldChange = {
  __typename?: 'TaskFieldChange';
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['JSON']['output']>;
  to?: Maybe<Scalars['JSON']['output']>;
};

export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

export type TaskSnapshot = {
  __typename?: 'TaskSnapshot';
  assignee?: Maybe<User>;
  /** The board the task was on at that version. */
  board?: Maybe<Board>;
  description: Scalars['String']['output'];
  position: Scalars['Float']['output'];
  priority: TaskPriority;
  status: TaskStatus;
  taskId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** The task's own version at that point. */
  version: Scalars['Int']['output'];
};

export type TaskStatus =
  | 'BLOCKED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'TODO';

export type ThroughputWeek = {
  __typename?: 'ThroughputWeek';
  /** Tasks that reached DONE that week. */
  count: Scalars['Int']['output'];
  /** The Monday (UTC) the week starts, YYYY-MM-DD. */
  weekStart: Scalars['String']['output'];
};

export type UndoInput = {
  workspaceId: Scalars['ID']['input'];
};

export type UnlinkRepositoryInput = {
  workspaceId: Scalars['ID']['input'];
};

export type UpdateLabelInput = {
  color?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTaskInput = {
  /** A member of the workspace; null unassigns. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Client-generated, unique per workspace: a retry with the same id returns the first result and writes nothing. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** null clears the due date. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Fail with CONFLICT (extensions.current holds the task) unless the task is still at this version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Replaces the task's labels (MEMBER and up); [] removes them all. */
  labelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  priority?: InputMaybe<TaskPriority>;
  status?: InputMaybe<TaskStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type User = Node & {
  __typename?: 'User';
  /** Your activity per UTC day for a year (default: the current UTC year). Only on yourself (`me`); FORBIDDEN on anyone else. */
  activityCalendar: ActivityCalendar;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};


export type UserActivityCalendarArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type Workspace = Node & {
  __typename?: 'Workspace';
  /** The workspace's log, newest first. */
  activity: WorkspaceActivityConnection;
  /** Flow metrics over [from, to) from the event log (at most 366 days). Any role may read them. */
  analytics: FlowAnalytics;
  /** The tasks as they were at a version of the log (default: now), rebuilt from the nearest snapshot. */
  board: Array<TaskSnapshot>;
  /** The workspace's boards in switcher order; archived ones only with includeArchived. */
  boards: Array<Board>;
  /** Named versions of the log, newest version first. */
  checkpoints: Array<Checkpoint>;
  createdAt: Scalars['DateTime']['output'];
  /** What changed between two versions (a checkpoint's version works as either), from the nearest snapshots and the log. With boardId, only tasks on that board at either version. */
  diff: WorkspaceDiff;
  events: EventPage;
  id: Scalars['ID']['output'];
  /** Invitations not yet accepted. */
  invitations: Array<Invitation>;
  /** The workspace's labels by name. */
  labels: Array<Label>;
  members: Array<Member>;
  myRole: Role;
  name: Scalars['String']['output'];
  /** Null until one is linked. At most one per workspace. */
  repository?: Maybe<Repository>;
  /** Newest first. */
  repositorySyncs: WorkspaceRepositorySyncsConnection;
  tasks: WorkspaceTasksConnection;
  /** The version of the newest event in this workspace's log. */
  version: Scalars['Int']['output'];
};


export type WorkspaceActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type WorkspaceAnalyticsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type WorkspaceBoardArgs = {
  atVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type WorkspaceBoardsArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type WorkspaceDiffArgs = {
  boardId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
};


export type WorkspaceEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['Int']['input'];
};


export type WorkspaceRepositorySyncsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type WorkspaceTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  boardId?: InputMaybe<Scalars['ID']['input']>;
  dueAfter?: InputMaybe<Scalars['DateTime']['input']>;
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  labelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  noDueDate?: InputMaybe<Scalars['Boolean']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  priorities?: InputMaybe<Array<TaskPriority>>;
  status?: InputMaybe<TaskStatus>;
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

export type WorkspaceActivityConnection = {
  __typename?: 'WorkspaceActivityConnection';
  edges: Array<WorkspaceActivityConnectionEdge>;
  pageInfo: PageInfo;
};

export type WorkspaceActivityConnectionEdge = {
  __typename?: 'WorkspaceActivityConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

/** The tasks added, removed and changed (field by field) between two versions of the log. */
export type WorkspaceDiff = {
  __typename?: 'WorkspaceDiff';
  /** Tasks that exist at `to` but not at `from` (as they are at `to`). */
  added: Array<TaskSnapshot>;
  changed: Array<TaskDiff>;
  from: Scalars['Int']['output'];
  /** Tasks that exist at `from` but not at `to` (as they were at `from`). */
  removed: Array<TaskSnapshot>;
  to: Scalars['Int']['output'];
};

export type WorkspaceRepositorySyncsConnection = {
  __typename?: 'WorkspaceRepositorySyncsConnection';
  edges: Array<WorkspaceRepositorySyncsConnectionEdge>;
  pageInfo: PageInfo;
};

export type WorkspaceRepositorySyncsConnectionEdge = {
  __typename?: 'WorkspaceRepositorySyncsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: RepositorySync;
};

export type WorkspaceTasksConnection = {
  __typename?: 'WorkspaceTasksConnection';
  edges: Array<WorkspaceTasksConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkspaceTasksConnectionEdge = {
  __typename?: 'WorkspaceTasksConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type WithTypename<T extends { __typename?: any }> = Partial<T> & { __typename: NonNullable<T['__typename']> };

export type GraphCacheKeysConfig = {
  Activity?: (data: WithTypename<Activity>) => null | string,
  ActivityCalendar?: (data: WithTypename<ActivityCalendar>) => null | string,
  ActivityDay?: (data: WithTypename<ActivityDay>) => null | string,
  AuthPayload?: (data: WithTypename<AuthPayload>) => null | string,
  Board?: (data: WithTypename<Board>) => null | string,
  BoardTasksConnection?: (data: WithTypename<BoardTasksConnection>) => null | string,
  BoardTasksConnectionEdge?: (data: WithTypename<BoardTasksConnectionEdge>) => null | string,
  Checkpoint?: (data: WithTypename<Checkpoint>) => null | string,
  CodeReference?: (data: WithTypename<CodeReference>) => null | string,
  Comment?: (data: WithTypename<Comment>) => null | string,
  CommentChangedEvent?: (data: WithTypename<CommentChangedEvent>) => null | string,
  CycleTime?: (data: WithTypename<CycleTime>) => null | string,
  CycleTimePoint?: (data: WithTypename<CycleTimePoint>) => null | string,
  EventPage?: (data: WithTypename<EventPage>) => null | string,
  FlowAnalytics?: (data: WithTypename<FlowAnalytics>) => null | string,
  FlowDay?: (data: WithTypename<FlowDay>) => null | string,
  HighlightSegment?: (data: WithTypename<HighlightSegment>) => null | string,
  Invitation?: (data: WithTypename<Invitation>) => null | string,
  Label?: (data: WithTypename<Label>) => null | string,
  MarkNotificationsReadResult?: (data: WithTypename<MarkNotificationsReadResult>) => null | string,
  Member?: (data: WithTypename<Member>) => null | string,
  Notification?: (data: WithTypename<Notification>) => null | string,
  PageInfo?: (data: WithTypename<PageInfo>) => null | string,
  PresenceEntry?: (data: WithTypename<PresenceEntry>) => null | string,
  PresenceEvent?: (data: WithTypename<PresenceEvent>) => null | string,
  QueryNotificationsConnection?: (data: WithTypename<QueryNotificationsConnection>) => null | string,
  QueryNotificationsConnectionEdge?: (data: WithTypename<QueryNotificationsConnectionEdge>) => null | string,
  Repository?: (data: WithTypename<Repository>) => null | string,
  RepositoryBranch?: (data: WithTypename<RepositoryBranch>) => null | string,
  RepositorySync?: (data: WithTypename<RepositorySync>) => null | string,
  RepositorySyncError?: (data: WithTypename<RepositorySyncError>) => null | string,
  RepositorySyncProgress?: (data: WithTypename<RepositorySyncProgress>) => null | string,
  RepositorySyncStats?: (data: WithTypename<RepositorySyncStats>) => null | string,
  RestoreWorkspaceResult?: (data: WithTypename<RestoreWorkspaceResult>) => null | string,
  SearchConnection?: (data: WithTypename<SearchConnection>) => null | string,
  SearchEdge?: (data: WithTypename<SearchEdge>) => null | string,
  SearchHit?: (data: WithTypename<SearchHit>) => null | string,
  Task?: (data: WithTypename<Task>) => null | string,
  TaskChangedEvent?: (data: WithTypename<TaskChangedEvent>) => null | string,
  TaskCommentsConnection?: (data: WithTypename<TaskCommentsConnection>) => null | string,
  TaskCommentsConnectionEdge?: (data: WithTypename<TaskCommentsConnectionEdge>) => null | string,
  TaskDiff?: (data: WithTypename<TaskDiff>) => null | string,
  TaskFieldChange?: (data: WithTypename<TaskFieldChange>) => null | string,
  TaskSnapshot?: (data: WithTypename<TaskSnapshot>) => null | string,
  ThroughputWeek?: (data: WithTypename<ThroughputWeek>) => null | string,
  User?: (data: WithTypename<User>) => null | string,
  Workspace?: (data: WithTypename<Workspace>) => null | string,
  WorkspaceActivityConnection?: (data: WithTypename<WorkspaceActivityConnection>) => null | string,
  WorkspaceActivityConnectionEdge?: (data: WithTypename<WorkspaceActivityConnectionEdge>) => null | string,
  WorkspaceDiff?: (data: WithTypename<WorkspaceDiff>) => null | string,
  WorkspaceRepositorySyncsConnection?: (data: WithTypename<WorkspaceRepositorySyncsConnection>) => null | string,
  WorkspaceRepositorySyncsConnectionEdge?: (data: WithTypename<WorkspaceRepositorySyncsConnectionEdge>) => null | string,
  WorkspaceTasksConnection?: (data: WithTypename<WorkspaceTasksConnection>) => null | string,
  WorkspaceTasksConnectionEdge?: (data: WithTypename<WorkspaceTasksConnectionEdge>) => null | string
}

export type GraphCacheResolvers = {
  Query?: {
    invitation?: GraphCacheResolver<WithTypename<Query>, QueryInvitationArgs, WithTypename<Invitation> | string>,
    me?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, WithTypename<User> | string>,
    myInvitations?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, Array<WithTypename<Invitation> | string>>,
    node?: GraphCacheResolver<WithTypename<Query>, QueryNodeArgs, WithTypename<Activity> | WithTypename<Board> | WithTypename<Checkpoint> | WithTypename<Comment> | WithTypename<Invitation> | WithTypename<Label> | WithTypename<Notification> | WithTypename<Repository> | WithTypename<RepositorySync> | WithTypename<Task> | WithTypename<User> | WithTypename<Workspace> | string>,
    notifications?: GraphCacheResolver<WithTypename<Query>, QueryNotificationsArgs, WithTypename<QueryNotificationsConnection> | string>,
    repositoryBranches?: GraphCacheResolver<WithTypename<Query>, QueryRepositoryBranchesArgs, Array<WithTypename<RepositoryBranch> | string>>,
    search?: GraphCacheResolver<WithTypename<Query>, QuerySearchArgs, WithTypename<SearchConnection> | string>,
    unreadNotificationCount?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, Scalars['Int']['output'] | string>,
    workspace?: GraphCacheResolver<WithTypename<Query>, QueryWorkspaceArgs, WithTypename<Workspace> | string>,
    workspaces?: GraphCacheResolver<WithTypename<Query>, Record<string, never>, Array<WithTypename<Workspace> | string>>
  },
  Activity?: {
    action?: GraphCacheResolver<WithTypename<Activity>, Record<string, never>, ActivityAction | string>,
    actor?: GraphCacheResolver<WithTypename<Activity>, Record<string, never>, WithTypename<User> | string>,
    after?: GraphCacheResolver<WithTypename<Activity>, Record<string, never>, Scalars['JSON']['output'] | string>,
    before?: GraphCacheResolver<WithTypename<Activity>, Record<string, never>, Scalars['JSON']['output'] | string>,
    createdAt?: GraphCacheResolver<WithTypename<Activity>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    entityId?: GraphCacheResolver<WithTypename<Activity>, Record<string, never>, Scalars['ID']['output'] | string>,
    entityType?: GraphCacheResolver<WithTypename<Activity>, Record<string, never>, EntityType | string>,
    id?: GraphCacheResolver<WithTypename<Activity>, Record<string, never>, Scalars['ID']['output'] | string>,
    metadata?: GraphCacheResolver<WithTypename<Activity>, Record<string, never>, Scalars['JSON']['output'] | string>,
    subject?: GraphCacheResolver<WithTypename<Activity>, Record<string, never>, WithTypename<User> | string>,
    version?: GraphCacheResolver<WithTypename<Activity>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  ActivityCalendar?: {
    currentStreak?: GraphCacheResolver<WithTypename<ActivityCalendar>, Record<string, never>, Scalars['Int']['output'] | string>,
    days?: GraphCacheResolver<WithTypename<ActivityCalendar>, Record<string, never>, Array<WithTypename<ActivityDay> | string>>,
    longestStreak?: GraphCacheResolver<WithTypename<ActivityCalendar>, Record<string, never>, Scalars['Int']['output'] | string>,
    total?: GraphCacheResolver<WithTypename<ActivityCalendar>, Record<string, never>, Scalars['Int']['output'] | string>,
    year?: GraphCacheResolver<WithTypename<ActivityCalendar>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  ActivityDay?: {
    count?: GraphCacheResolver<WithTypename<ActivityDay>, Record<string, never>, Scalars['Int']['output'] | string>,
    date?: GraphCacheResolver<WithTypename<ActivityDay>, Record<string, never>, Scalars['String']['output'] | string>
  },
  AuthPayload?: {
    token?: GraphCacheResolver<WithTypename<AuthPayload>, Record<string, never>, Scalars['String']['output'] | string>,
    user?: GraphCacheResolver<WithTypename<AuthPayload>, Record<string, never>, WithTypename<User> | string>
  },
  Board?: {
    archived?: GraphCacheResolver<WithTypename<Board>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    archivedAt?: GraphCacheResolver<WithTypename<Board>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    createdAt?: GraphCacheResolver<WithTypename<Board>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Board>, Record<string, never>, Scalars['ID']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<Board>, Record<string, never>, Scalars['String']['output'] | string>,
    position?: GraphCacheResolver<WithTypename<Board>, Record<string, never>, Scalars['Float']['output'] | string>,
    tasks?: GraphCacheResolver<WithTypename<Board>, BoardTasksArgs, WithTypename<BoardTasksConnection> | string>,
    version?: GraphCacheResolver<WithTypename<Board>, Record<string, never>, Scalars['Int']['output'] | string>,
    workspace?: GraphCacheResolver<WithTypename<Board>, Record<string, never>, WithTypename<Workspace> | string>
  },
  BoardTasksConnection?: {
    edges?: GraphCacheResolver<WithTypename<BoardTasksConnection>, Record<string, never>, Array<WithTypename<BoardTasksConnectionEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<BoardTasksConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<BoardTasksConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  BoardTasksConnectionEdge?: {
    cursor?: GraphCacheResolver<WithTypename<BoardTasksConnectionEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<BoardTasksConnectionEdge>, Record<string, never>, WithTypename<Task> | string>
  },
  Checkpoint?: {
    createdAt?: GraphCacheResolver<WithTypename<Checkpoint>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    createdBy?: GraphCacheResolver<WithTypename<Checkpoint>, Record<string, never>, WithTypename<User> | string>,
    id?: GraphCacheResolver<WithTypename<Checkpoint>, Record<string, never>, Scalars['ID']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<Checkpoint>, Record<string, never>, Scalars['String']['output'] | string>,
    version?: GraphCacheResolver<WithTypename<Checkpoint>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  CodeReference?: {
    commitSha?: GraphCacheResolver<WithTypename<CodeReference>, Record<string, never>, Scalars['String']['output'] | string>,
    line?: GraphCacheResolver<WithTypename<CodeReference>, Record<string, never>, Scalars['Int']['output'] | string>,
    path?: GraphCacheResolver<WithTypename<CodeReference>, Record<string, never>, Scalars['String']['output'] | string>,
    present?: GraphCacheResolver<WithTypename<CodeReference>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    reference?: GraphCacheResolver<WithTypename<CodeReference>, Record<string, never>, Scalars['String']['output'] | string>,
    tag?: GraphCacheResolver<WithTypename<CodeReference>, Record<string, never>, CodeTag | string>,
    url?: GraphCacheResolver<WithTypename<CodeReference>, Record<string, never>, Scalars['String']['output'] | string>
  },
  Comment?: {
    author?: GraphCacheResolver<WithTypename<Comment>, Record<string, never>, WithTypename<User> | string>,
    body?: GraphCacheResolver<WithTypename<Comment>, Record<string, never>, Scalars['String']['output'] | string>,
    createdAt?: GraphCacheResolver<WithTypename<Comment>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    deleted?: GraphCacheResolver<WithTypename<Comment>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    editedAt?: GraphCacheResolver<WithTypename<Comment>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Comment>, Record<string, never>, Scalars['ID']['output'] | string>,
    task?: GraphCacheResolver<WithTypename<Comment>, Record<string, never>, WithTypename<Task> | string>,
    viewerCanDelete?: GraphCacheResolver<WithTypename<Comment>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    viewerCanEdit?: GraphCacheResolver<WithTypename<Comment>, Record<string, never>, Scalars['Boolean']['output'] | string>
  },
  CommentChangedEvent?: {
    actor?: GraphCacheResolver<WithTypename<CommentChangedEvent>, Record<string, never>, WithTypename<User> | string>,
    comment?: GraphCacheResolver<WithTypename<CommentChangedEvent>, Record<string, never>, WithTypename<Comment> | string>,
    kind?: GraphCacheResolver<WithTypename<CommentChangedEvent>, Record<string, never>, CommentChangeKind | string>,
    taskId?: GraphCacheResolver<WithTypename<CommentChangedEvent>, Record<string, never>, Scalars['ID']['output'] | string>,
    version?: GraphCacheResolver<WithTypename<CommentChangedEvent>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  CycleTime?: {
    count?: GraphCacheResolver<WithTypename<CycleTime>, Record<string, never>, Scalars['Int']['output'] | string>,
    medianHours?: GraphCacheResolver<WithTypename<CycleTime>, Record<string, never>, Scalars['Float']['output'] | string>,
    p85Hours?: GraphCacheResolver<WithTypename<CycleTime>, Record<string, never>, Scalars['Float']['output'] | string>,
    points?: GraphCacheResolver<WithTypename<CycleTime>, Record<string, never>, Array<WithTypename<CycleTimePoint> | string>>
  },
  CycleTimePoint?: {
    doneAt?: GraphCacheResolver<WithTypename<CycleTimePoint>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    hours?: GraphCacheResolver<WithTypename<CycleTimePoint>, Record<string, never>, Scalars['Float']['output'] | string>,
    task?: GraphCacheResolver<WithTypename<CycleTimePoint>, Record<string, never>, WithTypename<Task> | string>
  },
  EventPage?: {
    events?: GraphCacheResolver<WithTypename<EventPage>, Record<string, never>, Array<WithTypename<Activity> | string>>,
    hasMore?: GraphCacheResolver<WithTypename<EventPage>, Record<string, never>, Scalars['Boolean']['output'] | string>
  },
  FlowAnalytics?: {
    blockedHours?: GraphCacheResolver<WithTypename<FlowAnalytics>, Record<string, never>, Scalars['Float']['output'] | string>,
    blockedTasks?: GraphCacheResolver<WithTypename<FlowAnalytics>, Record<string, never>, Scalars['Int']['output'] | string>,
    cycleTime?: GraphCacheResolver<WithTypename<FlowAnalytics>, Record<string, never>, WithTypename<CycleTime> | string>,
    days?: GraphCacheResolver<WithTypename<FlowAnalytics>, Record<string, never>, Array<WithTypename<FlowDay> | string>>,
    from?: GraphCacheResolver<WithTypename<FlowAnalytics>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    throughput?: GraphCacheResolver<WithTypename<FlowAnalytics>, Record<string, never>, Array<WithTypename<ThroughputWeek> | string>>,
    to?: GraphCacheResolver<WithTypename<FlowAnalytics>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    wip?: GraphCacheResolver<WithTypename<FlowAnalytics>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  FlowDay?: {
    blocked?: GraphCacheResolver<WithTypename<FlowDay>, Record<string, never>, Scalars['Int']['output'] | string>,
    date?: GraphCacheResolver<WithTypename<FlowDay>, Record<string, never>, Scalars['String']['output'] | string>,
    done?: GraphCacheResolver<WithTypename<FlowDay>, Record<string, never>, Scalars['Int']['output'] | string>,
    inProgress?: GraphCacheResolver<WithTypename<FlowDay>, Record<string, never>, Scalars['Int']['output'] | string>,
    todo?: GraphCacheResolver<WithTypename<FlowDay>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  HighlightSegment?: {
    match?: GraphCacheResolver<WithTypename<HighlightSegment>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    text?: GraphCacheResolver<WithTypename<HighlightSegment>, Record<string, never>, Scalars['String']['output'] | string>
  },
  Invitation?: {
    createdAt?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    email?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Scalars['String']['output'] | string>,
    emailSent?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    expired?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    expiresAt?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Scalars['ID']['output'] | string>,
    inviteUrl?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Scalars['String']['output'] | string>,
    invitedBy?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, WithTypename<User> | string>,
    role?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Role | string>,
    status?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, InvitationStatus | string>,
    workspace?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, WithTypename<Workspace> | string>,
    workspaceName?: GraphCacheResolver<WithTypename<Invitation>, Record<string, never>, Scalars['String']['output'] | string>
  },
  Label?: {
    color?: GraphCacheResolver<WithTypename<Label>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Label>, Record<string, never>, Scalars['ID']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<Label>, Record<string, never>, Scalars['String']['output'] | string>
  },
  MarkNotificationsReadResult?: {
    notifications?: GraphCacheResolver<WithTypename<MarkNotificationsReadResult>, Record<string, never>, Array<WithTypename<Notification> | string>>,
    unreadCount?: GraphCacheResolver<WithTypename<MarkNotificationsReadResult>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  Member?: {
    id?: GraphCacheResolver<WithTypename<Member>, Record<string, never>, Scalars['ID']['output'] | string>,
    joinedAt?: GraphCacheResolver<WithTypename<Member>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    role?: GraphCacheResolver<WithTypename<Member>, Record<string, never>, Role | string>,
    user?: GraphCacheResolver<WithTypename<Member>, Record<string, never>, WithTypename<User> | string>
  },
  Notification?: {
    actor?: GraphCacheResolver<WithTypename<Notification>, Record<string, never>, WithTypename<User> | string>,
    comment?: GraphCacheResolver<WithTypename<Notification>, Record<string, never>, WithTypename<Comment> | string>,
    createdAt?: GraphCacheResolver<WithTypename<Notification>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Notification>, Record<string, never>, Scalars['ID']['output'] | string>,
    kind?: GraphCacheResolver<WithTypename<Notification>, Record<string, never>, NotificationKind | string>,
    read?: GraphCacheResolver<WithTypename<Notification>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    readAt?: GraphCacheResolver<WithTypename<Notification>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    task?: GraphCacheResolver<WithTypename<Notification>, Record<string, never>, WithTypename<Task> | string>,
    workspace?: GraphCacheResolver<WithTypename<Notification>, Record<string, never>, WithTypename<Workspace> | string>
  },
  PageInfo?: {
    endCursor?: GraphCacheResolver<WithTypename<PageInfo>, Record<string, never>, Scalars['String']['output'] | string>,
    hasNextPage?: GraphCacheResolver<WithTypename<PageInfo>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    hasPreviousPage?: GraphCacheResolver<WithTypename<PageInfo>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    startCursor?: GraphCacheResolver<WithTypename<PageInfo>, Record<string, never>, Scalars['String']['output'] | string>
  },
  PresenceEntry?: {
    since?: GraphCacheResolver<WithTypename<PresenceEntry>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    taskId?: GraphCacheResolver<WithTypename<PresenceEntry>, Record<string, never>, Scalars['ID']['output'] | string>,
    user?: GraphCacheResolver<WithTypename<PresenceEntry>, Record<string, never>, WithTypename<User> | string>
  },
  PresenceEvent?: {
    kind?: GraphCacheResolver<WithTypename<PresenceEvent>, Record<string, never>, PresenceEventKind | string>,
    taskId?: GraphCacheResolver<WithTypename<PresenceEvent>, Record<string, never>, Scalars['ID']['output'] | string>,
    user?: GraphCacheResolver<WithTypename<PresenceEvent>, Record<string, never>, WithTypename<User> | string>,
    viewers?: GraphCacheResolver<WithTypename<PresenceEvent>, Record<string, never>, Array<WithTypename<PresenceEntry> | string>>
  },
  QueryNotificationsConnection?: {
    edges?: GraphCacheResolver<WithTypename<QueryNotificationsConnection>, Record<string, never>, Array<WithTypename<QueryNotificationsConnectionEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<QueryNotificationsConnection>, Record<string, never>, WithTypename<PageInfo> | string>
  },
  QueryNotificationsConnectionEdge?: {
    cursor?: GraphCacheResolver<WithTypename<QueryNotificationsConnectionEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<QueryNotificationsConnectionEdge>, Record<string, never>, WithTypename<Notification> | string>
  },
  Repository?: {
    defaultBranch?: GraphCacheResolver<WithTypename<Repository>, Record<string, never>, Scalars['String']['output'] | string>,
    hasToken?: GraphCacheResolver<WithTypename<Repository>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<Repository>, Record<string, never>, Scalars['ID']['output'] | string>,
    linkedAt?: GraphCacheResolver<WithTypename<Repository>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    linkedBy?: GraphCacheResolver<WithTypename<Repository>, Record<string, never>, WithTypename<User> | string>,
    name?: GraphCacheResolver<WithTypename<Repository>, Record<string, never>, Scalars['String']['output'] | string>,
    path?: GraphCacheResolver<WithTypename<Repository>, Record<string, never>, Scalars['String']['output'] | string>,
    provider?: GraphCacheResolver<WithTypename<Repository>, Record<string, never>, RepositoryProvider | string>,
    url?: GraphCacheResolver<WithTypename<Repository>, Record<string, never>, Scalars['String']['output'] | string>,
    workspace?: GraphCacheResolver<WithTypename<Repository>, Record<string, never>, WithTypename<Workspace> | string>
  },
  RepositoryBranch?: {
    headSha?: GraphCacheResolver<WithTypename<RepositoryBranch>, Record<string, never>, Scalars['String']['output'] | string>,
    isDefault?: GraphCacheResolver<WithTypename<RepositoryBranch>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<RepositoryBranch>, Record<string, never>, Scalars['String']['output'] | string>
  },
  RepositorySync?: {
    branch?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, Scalars['String']['output'] | string>,
    completedAt?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    createdAt?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    error?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, WithTypename<RepositorySyncError> | string>,
    headSha?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, Scalars['ID']['output'] | string>,
    nextSync?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, WithTypename<RepositorySync> | string>,
    phase?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, RepositorySyncPhase | string>,
    previousSync?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, WithTypename<RepositorySync> | string>,
    progress?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, Scalars['Float']['output'] | string>,
    startedAt?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    startedBy?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, WithTypename<User> | string>,
    stats?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, WithTypename<RepositorySyncStats> | string>,
    status?: GraphCacheResolver<WithTypename<RepositorySync>, Record<string, never>, RepositorySyncStatus | string>
  },
  RepositorySyncError?: {
    code?: GraphCacheResolver<WithTypename<RepositorySyncError>, Record<string, never>, RepositorySyncErrorCode | string>,
    message?: GraphCacheResolver<WithTypename<RepositorySyncError>, Record<string, never>, Scalars['String']['output'] | string>,
    retryAt?: GraphCacheResolver<WithTypename<RepositorySyncError>, Record<string, never>, Scalars['DateTime']['output'] | string>
  },
  RepositorySyncProgress?: {
    at?: GraphCacheResolver<WithTypename<RepositorySyncProgress>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    filesScanned?: GraphCacheResolver<WithTypename<RepositorySyncProgress>, Record<string, never>, Scalars['Int']['output'] | string>,
    filesTotal?: GraphCacheResolver<WithTypename<RepositorySyncProgress>, Record<string, never>, Scalars['Int']['output'] | string>,
    message?: GraphCacheResolver<WithTypename<RepositorySyncProgress>, Record<string, never>, Scalars['String']['output'] | string>,
    phase?: GraphCacheResolver<WithTypename<RepositorySyncProgress>, Record<string, never>, RepositorySyncPhase | string>,
    progress?: GraphCacheResolver<WithTypename<RepositorySyncProgress>, Record<string, never>, Scalars['Float']['output'] | string>,
    sequence?: GraphCacheResolver<WithTypename<RepositorySyncProgress>, Record<string, never>, Scalars['Int']['output'] | string>,
    status?: GraphCacheResolver<WithTypename<RepositorySyncProgress>, Record<string, never>, RepositorySyncStatus | string>,
    sync?: GraphCacheResolver<WithTypename<RepositorySyncProgress>, Record<string, never>, WithTypename<RepositorySync> | string>
  },
  RepositorySyncStats?: {
    filesScanned?: GraphCacheResolver<WithTypename<RepositorySyncStats>, Record<string, never>, Scalars['Int']['output'] | string>,
    filesSkipped?: GraphCacheResolver<WithTypename<RepositorySyncStats>, Record<string, never>, Scalars['Int']['output'] | string>,
    filesTotal?: GraphCacheResolver<WithTypename<RepositorySyncStats>, Record<string, never>, Scalars['Int']['output'] | string>,
    tasksClosed?: GraphCacheResolver<WithTypename<RepositorySyncStats>, Record<string, never>, Scalars['Int']['output'] | string>,
    tasksCreated?: GraphCacheResolver<WithTypename<RepositorySyncStats>, Record<string, never>, Scalars['Int']['output'] | string>,
    tasksReopened?: GraphCacheResolver<WithTypename<RepositorySyncStats>, Record<string, never>, Scalars['Int']['output'] | string>,
    tasksUpdated?: GraphCacheResolver<WithTypename<RepositorySyncStats>, Record<string, never>, Scalars['Int']['output'] | string>,
    todosFound?: GraphCacheResolver<WithTypename<RepositorySyncStats>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  RestoreWorkspaceResult?: {
    tasks?: GraphCacheResolver<WithTypename<RestoreWorkspaceResult>, Record<string, never>, Array<WithTypename<Task> | string>>,
    workspace?: GraphCacheResolver<WithTypename<RestoreWorkspaceResult>, Record<string, never>, WithTypename<Workspace> | string>
  },
  SearchConnection?: {
    edges?: GraphCacheResolver<WithTypename<SearchConnection>, Record<string, never>, Array<WithTypename<SearchEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<SearchConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<SearchConnection>, Record<string, never>, Scalars['Int']['output'] | string>,
    totalCountIsExact?: GraphCacheResolver<WithTypename<SearchConnection>, Record<string, never>, Scalars['Boolean']['output'] | string>
  },
  SearchEdge?: {
    cursor?: GraphCacheResolver<WithTypename<SearchEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<SearchEdge>, Record<string, never>, WithTypename<SearchHit> | string>
  },
  SearchHit?: {
    rank?: GraphCacheResolver<WithTypename<SearchHit>, Record<string, never>, Scalars['Float']['output'] | string>,
    snippet?: GraphCacheResolver<WithTypename<SearchHit>, Record<string, never>, Array<WithTypename<HighlightSegment> | string>>,
    snippetSource?: GraphCacheResolver<WithTypename<SearchHit>, Record<string, never>, SearchSnippetSource | string>,
    task?: GraphCacheResolver<WithTypename<SearchHit>, Record<string, never>, WithTypename<Task> | string>,
    title?: GraphCacheResolver<WithTypename<SearchHit>, Record<string, never>, Array<WithTypename<HighlightSegment> | string>>
  },
  Task?: {
    assignee?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, WithTypename<User> | string>,
    board?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, WithTypename<Board> | string>,
    codeRef?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, WithTypename<CodeReference> | string>,
    comments?: GraphCacheResolver<WithTypename<Task>, TaskCommentsArgs, WithTypename<TaskCommentsConnection> | string>,
    createdAt?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    createdBy?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, WithTypename<User> | string>,
    deleted?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, Scalars['Boolean']['output'] | string>,
    description?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, Scalars['String']['output'] | string>,
    dueAt?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    history?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, Array<WithTypename<Activity> | string>>,
    id?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, Scalars['ID']['output'] | string>,
    labelIds?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, Array<Scalars['ID']['output'] | string>>,
    labels?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, Array<WithTypename<Label> | string>>,
    lastChange?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, WithTypename<Activity> | string>,
    position?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, Scalars['Float']['output'] | string>,
    priority?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, TaskPriority | string>,
    status?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, TaskStatus | string>,
    title?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, Scalars['String']['output'] | string>,
    updatedAt?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    version?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, Scalars['Int']['output'] | string>,
    workspace?: GraphCacheResolver<WithTypename<Task>, Record<string, never>, WithTypename<Workspace> | string>
  },
  TaskChangedEvent?: {
    activity?: GraphCacheResolver<WithTypename<TaskChangedEvent>, Record<string, never>, WithTypename<Activity> | string>,
    actor?: GraphCacheResolver<WithTypename<TaskChangedEvent>, Record<string, never>, WithTypename<User> | string>,
    kind?: GraphCacheResolver<WithTypename<TaskChangedEvent>, Record<string, never>, TaskChangeKind | string>,
    task?: GraphCacheResolver<WithTypename<TaskChangedEvent>, Record<string, never>, WithTypename<Task> | string>,
    version?: GraphCacheResolver<WithTypename<TaskChangedEvent>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  TaskCommentsConnection?: {
    edges?: GraphCacheResolver<WithTypename<TaskCommentsConnection>, Record<string, never>, Array<WithTypename<TaskCommentsConnectionEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<TaskCommentsConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<TaskCommentsConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  TaskCommentsConnectionEdge?: {
    cursor?: GraphCacheResolver<WithTypename<TaskCommentsConnectionEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<TaskCommentsConnectionEdge>, Record<string, never>, WithTypename<Comment> | string>
  },
  TaskDiff?: {
    after?: GraphCacheResolver<WithTypename<TaskDiff>, Record<string, never>, WithTypename<TaskSnapshot> | string>,
    before?: GraphCacheResolver<WithTypename<TaskDiff>, Record<string, never>, WithTypename<TaskSnapshot> | string>,
    fields?: GraphCacheResolver<WithTypename<TaskDiff>, Record<string, never>, Array<WithTypename<TaskFieldChange> | string>>,
    taskId?: GraphCacheResolver<WithTypename<TaskDiff>, Record<string, never>, Scalars['ID']['output'] | string>
  },
  TaskFieldChange?: {
    field?: GraphCacheResolver<WithTypename<TaskFieldChange>, Record<string, never>, Scalars['String']['output'] | string>,
    from?: GraphCacheResolver<WithTypename<TaskFieldChange>, Record<string, never>, Scalars['JSON']['output'] | string>,
    to?: GraphCacheResolver<WithTypename<TaskFieldChange>, Record<string, never>, Scalars['JSON']['output'] | string>
  },
  TaskSnapshot?: {
    assignee?: GraphCacheResolver<WithTypename<TaskSnapshot>, Record<string, never>, WithTypename<User> | string>,
    board?: GraphCacheResolver<WithTypename<TaskSnapshot>, Record<string, never>, WithTypename<Board> | string>,
    description?: GraphCacheResolver<WithTypename<TaskSnapshot>, Record<string, never>, Scalars['String']['output'] | string>,
    position?: GraphCacheResolver<WithTypename<TaskSnapshot>, Record<string, never>, Scalars['Float']['output'] | string>,
    priority?: GraphCacheResolver<WithTypename<TaskSnapshot>, Record<string, never>, TaskPriority | string>,
    status?: GraphCacheResolver<WithTypename<TaskSnapshot>, Record<string, never>, TaskStatus | string>,
    taskId?: GraphCacheResolver<WithTypename<TaskSnapshot>, Record<string, never>, Scalars['ID']['output'] | string>,
    title?: GraphCacheResolver<WithTypename<TaskSnapshot>, Record<string, never>, Scalars['String']['output'] | string>,
    version?: GraphCacheResolver<WithTypename<TaskSnapshot>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  ThroughputWeek?: {
    count?: GraphCacheResolver<WithTypename<ThroughputWeek>, Record<string, never>, Scalars['Int']['output'] | string>,
    weekStart?: GraphCacheResolver<WithTypename<ThroughputWeek>, Record<string, never>, Scalars['String']['output'] | string>
  },
  User?: {
    activityCalendar?: GraphCacheResolver<WithTypename<User>, UserActivityCalendarArgs, WithTypename<ActivityCalendar> | string>,
    createdAt?: GraphCacheResolver<WithTypename<User>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    email?: GraphCacheResolver<WithTypename<User>, Record<string, never>, Scalars['String']['output'] | string>,
    id?: GraphCacheResolver<WithTypename<User>, Record<string, never>, Scalars['ID']['output'] | string>,
    name?: GraphCacheResolver<WithTypename<User>, Record<string, never>, Scalars['String']['output'] | string>
  },
  Workspace?: {
    activity?: GraphCacheResolver<WithTypename<Workspace>, WorkspaceActivityArgs, WithTypename<WorkspaceActivityConnection> | string>,
    analytics?: GraphCacheResolver<WithTypename<Workspace>, WorkspaceAnalyticsArgs, WithTypename<FlowAnalytics> | string>,
    board?: GraphCacheResolver<WithTypename<Workspace>, WorkspaceBoardArgs, Array<WithTypename<TaskSnapshot> | string>>,
    boards?: GraphCacheResolver<WithTypename<Workspace>, WorkspaceBoardsArgs, Array<WithTypename<Board> | string>>,
    checkpoints?: GraphCacheResolver<WithTypename<Workspace>, Record<string, never>, Array<WithTypename<Checkpoint> | string>>,
    createdAt?: GraphCacheResolver<WithTypename<Workspace>, Record<string, never>, Scalars['DateTime']['output'] | string>,
    diff?: GraphCacheResolver<WithTypename<Workspace>, WorkspaceDiffArgs, WithTypename<WorkspaceDiff> | string>,
    events?: GraphCacheResolver<WithTypename<Workspace>, WorkspaceEventsArgs, WithTypename<EventPage> | string>,
    id?: GraphCacheResolver<WithTypename<Workspace>, Record<string, never>, Scalars['ID']['output'] | string>,
    invitations?: GraphCacheResolver<WithTypename<Workspace>, Record<string, never>, Array<WithTypename<Invitation> | string>>,
    labels?: GraphCacheResolver<WithTypename<Workspace>, Record<string, never>, Array<WithTypename<Label> | string>>,
    members?: GraphCacheResolver<WithTypename<Workspace>, Record<string, never>, Array<WithTypename<Member> | string>>,
    myRole?: GraphCacheResolver<WithTypename<Workspace>, Record<string, never>, Role | string>,
    name?: GraphCacheResolver<WithTypename<Workspace>, Record<string, never>, Scalars['String']['output'] | string>,
    repository?: GraphCacheResolver<WithTypename<Workspace>, Record<string, never>, WithTypename<Repository> | string>,
    repositorySyncs?: GraphCacheResolver<WithTypename<Workspace>, WorkspaceRepositorySyncsArgs, WithTypename<WorkspaceRepositorySyncsConnection> | string>,
    tasks?: GraphCacheResolver<WithTypename<Workspace>, WorkspaceTasksArgs, WithTypename<WorkspaceTasksConnection> | string>,
    version?: GraphCacheResolver<WithTypename<Workspace>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  WorkspaceActivityConnection?: {
    edges?: GraphCacheResolver<WithTypename<WorkspaceActivityConnection>, Record<string, never>, Array<WithTypename<WorkspaceActivityConnectionEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<WorkspaceActivityConnection>, Record<string, never>, WithTypename<PageInfo> | string>
  },
  WorkspaceActivityConnectionEdge?: {
    cursor?: GraphCacheResolver<WithTypename<WorkspaceActivityConnectionEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<WorkspaceActivityConnectionEdge>, Record<string, never>, WithTypename<Activity> | string>
  },
  WorkspaceDiff?: {
    added?: GraphCacheResolver<WithTypename<WorkspaceDiff>, Record<string, never>, Array<WithTypename<TaskSnapshot> | string>>,
    changed?: GraphCacheResolver<WithTypename<WorkspaceDiff>, Record<string, never>, Array<WithTypename<TaskDiff> | string>>,
    from?: GraphCacheResolver<WithTypename<WorkspaceDiff>, Record<string, never>, Scalars['Int']['output'] | string>,
    removed?: GraphCacheResolver<WithTypename<WorkspaceDiff>, Record<string, never>, Array<WithTypename<TaskSnapshot> | string>>,
    to?: GraphCacheResolver<WithTypename<WorkspaceDiff>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  WorkspaceRepositorySyncsConnection?: {
    edges?: GraphCacheResolver<WithTypename<WorkspaceRepositorySyncsConnection>, Record<string, never>, Array<WithTypename<WorkspaceRepositorySyncsConnectionEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<WorkspaceRepositorySyncsConnection>, Record<string, never>, WithTypename<PageInfo> | string>
  },
  WorkspaceRepositorySyncsConnectionEdge?: {
    cursor?: GraphCacheResolver<WithTypename<WorkspaceRepositorySyncsConnectionEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<WorkspaceRepositorySyncsConnectionEdge>, Record<string, never>, WithTypename<RepositorySync> | string>
  },
  WorkspaceTasksConnection?: {
    edges?: GraphCacheResolver<WithTypename<WorkspaceTasksConnection>, Record<string, never>, Array<WithTypename<WorkspaceTasksConnectionEdge> | string>>,
    pageInfo?: GraphCacheResolver<WithTypename<WorkspaceTasksConnection>, Record<string, never>, WithTypename<PageInfo> | string>,
    totalCount?: GraphCacheResolver<WithTypename<WorkspaceTasksConnection>, Record<string, never>, Scalars['Int']['output'] | string>
  },
  WorkspaceTasksConnectionEdge?: {
    cursor?: GraphCacheResolver<WithTypename<WorkspaceTasksConnectionEdge>, Record<string, never>, Scalars['String']['output'] | string>,
    node?: GraphCacheResolver<WithTypename<WorkspaceTasksConnectionEdge>, Record<string, never>, WithTypename<Task> | string>
  }
};

export type GraphCacheOptimisticUpdaters = {
  acceptInvitation?: GraphCacheOptimisticMutationResolver<MutationAcceptInvitationArgs, WithTypename<Invitation>>,
  addComment?: GraphCacheOptimisticMutationResolver<MutationAddCommentArgs, WithTypename<Comment>>,
  archiveBoard?: GraphCacheOptimisticMutationResolver<MutationArchiveBoardArgs, WithTypename<Board>>,
  cancelRepositorySync?: GraphCacheOptimisticMutationResolver<MutationCancelRepositorySyncArgs, WithTypename<RepositorySync>>,
  changeMemberRole?: GraphCacheOptimisticMutationResolver<MutationChangeMemberRoleArgs, WithTypename<Member>>,
  createBoard?: GraphCacheOptimisticMutationResolver<MutationCreateBoardArgs, WithTypename<Board>>,
  createCheckpoint?: GraphCacheOptimisticMutationResolver<MutationCreateCheckpointArgs, WithTypename<Checkpoint>>,
  createLabel?: GraphCacheOptimisticMutationResolver<MutationCreateLabelArgs, WithTypename<Label>>,
  createTask?: GraphCacheOptimisticMutationResolver<MutationCreateTaskArgs, WithTypename<Task>>,
  createWorkspace?: GraphCacheOptimisticMutationResolver<MutationCreateWorkspaceArgs, WithTypename<Workspace>>,
  declineInvitation?: GraphCacheOptimisticMutationResolver<MutationDeclineInvitationArgs, WithTypename<Invitation>>,
  deleteCheckpoint?: GraphCacheOptimisticMutationResolver<MutationDeleteCheckpointArgs, Scalars['ID']['output']>,
  deleteComment?: GraphCacheOptimisticMutationResolver<MutationDeleteCommentArgs, Scalars['ID']['output']>,
  deleteLabel?: GraphCacheOptimisticMutationResolver<MutationDeleteLabelArgs, Scalars['ID']['output']>,
  deleteTask?: GraphCacheOptimisticMutationResolver<MutationDeleteTaskArgs, Scalars['ID']['output']>,
  editComment?: GraphCacheOptimisticMutationResolver<MutationEditCommentArgs, WithTypename<Comment>>,
  inviteMember?: GraphCacheOptimisticMutationResolver<MutationInviteMemberArgs, WithTypename<Invitation>>,
  linkRepository?: GraphCacheOptimisticMutationResolver<MutationLinkRepositoryArgs, WithTypename<Repository>>,
  markNotificationsRead?: GraphCacheOptimisticMutationResolver<MutationMarkNotificationsReadArgs, WithTypename<MarkNotificationsReadResult>>,
  moveTask?: GraphCacheOptimisticMutationResolver<MutationMoveTaskArgs, WithTypename<Task>>,
  redo?: GraphCacheOptimisticMutationResolver<MutationRedoArgs, WithTypename<Task>>,
  removeMember?: GraphCacheOptimisticMutationResolver<MutationRemoveMemberArgs, Scalars['ID']['output']>,
  renameBoard?: GraphCacheOptimisticMutationResolver<MutationRenameBoardArgs, WithTypename<Board>>,
  renameWorkspace?: GraphCacheOptimisticMutationResolver<MutationRenameWorkspaceArgs, WithTypename<Workspace>>,
  resendInvitation?: GraphCacheOptimisticMutationResolver<MutationResendInvitationArgs, WithTypename<Invitation>>,
  restoreTask?: GraphCacheOptimisticMutationResolver<MutationRestoreTaskArgs, WithTypename<Task>>,
  restoreWorkspace?: GraphCacheOptimisticMutationResolver<MutationRestoreWorkspaceArgs, WithTypename<RestoreWorkspaceResult>>,
  revokeInvitation?: GraphCacheOptimisticMutationResolver<MutationRevokeInvitationArgs, WithTypename<Invitation>>,
  setPresence?: GraphCacheOptimisticMutationResolver<MutationSetPresenceArgs, Scalars['Boolean']['output']>,
  signIn?: GraphCacheOptimisticMutationResolver<MutationSignInArgs, WithTypename<AuthPayload>>,
  signOut?: GraphCacheOptimisticMutationResolver<Record<string, never>, Scalars['Boolean']['output']>,
  signUp?: GraphCacheOptimisticMutationResolver<MutationSignUpArgs, WithTypename<AuthPayload>>,
  startRepositorySync?: GraphCacheOptimisticMutationResolver<MutationStartRepositorySyncArgs, WithTypename<RepositorySync>>,
  undo?: GraphCacheOptimisticMutationResolver<MutationUndoArgs, WithTypename<Task>>,
  unlinkRepository?: GraphCacheOptimisticMutationResolver<MutationUnlinkRepositoryArgs, Scalars['ID']['output']>,
  updateLabel?: GraphCacheOptimisticMutationResolver<MutationUpdateLabelArgs, WithTypename<Label>>,
  updateTask?: GraphCacheOptimisticMutationResolver<MutationUpdateTaskArgs, WithTypename<Task>>
};

export type GraphCacheUpdaters = {
  Query?: {
    invitation?: GraphCacheUpdateResolver<{ invitation: Maybe<WithTypename<Invitation>> }, QueryInvitationArgs>,
    me?: GraphCacheUpdateResolver<{ me: Maybe<WithTypename<User>> }, Record<string, never>>,
    myInvitations?: GraphCacheUpdateResolver<{ myInvitations: Array<WithTypename<Invitation>> }, Record<string, never>>,
    node?: GraphCacheUpdateResolver<{ node: Maybe<WithTypename<Activity> | WithTypename<Board> | WithTypename<Checkpoint> | WithTypename<Comment> | WithTypename<Invitation> | WithTypename<Label> | WithTypename<Notification> | WithTypename<Repository> | WithTypename<RepositorySync> | WithTypename<Task> | WithTypename<User> | WithTypename<Workspace>> }, QueryNodeArgs>,
    notifications?: GraphCacheUpdateResolver<{ notifications: WithTypename<QueryNotificationsConnection> }, QueryNotificationsArgs>,
    repositoryBranches?: GraphCacheUpdateResolver<{ repositoryBranches: Array<WithTypename<RepositoryBranch>> }, QueryRepositoryBranchesArgs>,
    search?: GraphCacheUpdateResolver<{ search: WithTypename<SearchConnection> }, QuerySearchArgs>,
    unreadNotificationCount?: GraphCacheUpdateResolver<{ unreadNotificationCount: Scalars['Int']['output'] }, Record<string, never>>,
    workspace?: GraphCacheUpdateResolver<{ workspace: Maybe<WithTypename<Workspace>> }, QueryWorkspaceArgs>,
    workspaces?: GraphCacheUpdateResolver<{ workspaces: Array<WithTypename<Workspace>> }, Record<string, never>>
  },
  Mutation?: {
    acceptInvitation?: GraphCacheUpdateResolver<{ acceptInvitation: WithTypename<Invitation> }, MutationAcceptInvitationArgs>,
    addComment?: GraphCacheUpdateResolver<{ addComment: WithTypename<Comment> }, MutationAddCommentArgs>,
    archiveBoard?: GraphCacheUpdateResolver<{ archiveBoard: WithTypename<Board> }, MutationArchiveBoardArgs>,
    cancelRepositorySync?: GraphCacheUpdateResolver<{ cancelRepositorySync: WithTypename<RepositorySync> }, MutationCancelRepositorySyncArgs>,
    changeMemberRole?: GraphCacheUpdateResolver<{ changeMemberRole: WithTypename<Member> }, MutationChangeMemberRoleArgs>,
    createBoard?: GraphCacheUpdateResolver<{ createBoard: WithTypename<Board> }, MutationCreateBoardArgs>,
    createCheckpoint?: GraphCacheUpdateResolver<{ createCheckpoint: WithTypename<Checkpoint> }, MutationCreateCheckpointArgs>,
    createLabel?: GraphCacheUpdateResolver<{ createLabel: WithTypename<Label> }, MutationCreateLabelArgs>,
    createTask?: GraphCacheUpdateResolver<{ createTask: WithTypename<Task> }, MutationCreateTaskArgs>,
    createWorkspace?: GraphCacheUpdateResolver<{ createWorkspace: WithTypename<Workspace> }, MutationCreateWorkspaceArgs>,
    declineInvitation?: GraphCacheUpdateResolver<{ declineInvitation: WithTypename<Invitation> }, MutationDeclineInvitationArgs>,
    deleteCheckpoint?: GraphCacheUpdateResolver<{ deleteCheckpoint: Scalars['ID']['output'] }, MutationDeleteCheckpointArgs>,
    deleteComment?: GraphCacheUpdateResolver<{ deleteComment: Scalars['ID']['output'] }, MutationDeleteCommentArgs>,
    deleteLabel?: GraphCacheUpdateResolver<{ deleteLabel: Scalars['ID']['output'] }, MutationDeleteLabelArgs>,
    deleteTask?: GraphCacheUpdateResolver<{ deleteTask: Scalars['ID']['output'] }, MutationDeleteTaskArgs>,
    editComment?: GraphCacheUpdateResolver<{ editComment: WithTypename<Comment> }, MutationEditCommentArgs>,
    inviteMember?: GraphCacheUpdateResolver<{ inviteMember: WithTypename<Invitation> }, MutationInviteMemberArgs>,
    linkRepository?: GraphCacheUpdateResolver<{ linkRepository: WithTypename<Repository> }, MutationLinkRepositoryArgs>,
    markNotificationsRead?: GraphCacheUpdateResolver<{ markNotificationsRead: WithTypename<MarkNotificationsReadResult> }, MutationMarkNotificationsReadArgs>,
    moveTask?: GraphCacheUpdateResolver<{ moveTask: WithTypename<Task> }, MutationMoveTaskArgs>,
    redo?: GraphCacheUpdateResolver<{ redo: WithTypename<Task> }, MutationRedoArgs>,
    removeMember?: GraphCacheUpdateResolver<{ removeMember: Scalars['ID']['output'] }, MutationRemoveMemberArgs>,
    renameBoard?: GraphCacheUpdateResolver<{ renameBoard: WithTypename<Board> }, MutationRenameBoardArgs>,
    renameWorkspace?: GraphCacheUpdateResolver<{ renameWorkspace: WithTypename<Workspace> }, MutationRenameWorkspaceArgs>,
    resendInvitation?: GraphCacheUpdateResolver<{ resendInvitation: WithTypename<Invitation> }, MutationResendInvitationArgs>,
    restoreTask?: GraphCacheUpdateResolver<{ restoreTask: WithTypename<Task> }, MutationRestoreTaskArgs>,
    restoreWorkspace?: GraphCacheUpdateResolver<{ restoreWorkspace: WithTypename<RestoreWorkspaceResult> }, MutationRestoreWorkspaceArgs>,
    revokeInvitation?: GraphCacheUpdateResolver<{ revokeInvitation: WithTypename<Invitation> }, MutationRevokeInvitationArgs>,
    setPresence?: GraphCacheUpdateResolver<{ setPresence: Scalars['Boolean']['output'] }, MutationSetPresenceArgs>,
    signIn?: GraphCacheUpdateResolver<{ signIn: WithTypename<AuthPayload> }, MutationSignInArgs>,
    signOut?: GraphCacheUpdateResolver<{ signOut: Scalars['Boolean']['output'] }, Record<string, never>>,
    signUp?: GraphCacheUpdateResolver<{ signUp: WithTypename<AuthPayload> }, MutationSignUpArgs>,
    startRepositorySync?: GraphCacheUpdateResolver<{ startRepositorySync: WithTypename<RepositorySync> }, MutationStartRepositorySyncArgs>,
    undo?: GraphCacheUpdateResolver<{ undo: WithTypename<Task> }, MutationUndoArgs>,
    unlinkRepository?: GraphCacheUpdateResolver<{ unlinkRepository: Scalars['ID']['output'] }, MutationUnlinkRepositoryArgs>,
    updateLabel?: GraphCacheUpdateResolver<{ updateLabel: WithTypename<Label> }, MutationUpdateLabelArgs>,
    updateTask?: GraphCacheUpdateResolver<{ updateTask: WithTypename<Task> }, MutationUpdateTaskArgs>
  },
  Subscription?: {
    activityAdded?: GraphCacheUpdateResolver<{ activityAdded: WithTypename<Activity> }, SubscriptionActivityAddedArgs>,
    commentAdded?: GraphCacheUpdateResolver<{ commentAdded: WithTypename<Comment> }, SubscriptionCommentAddedArgs>,
    commentChanged?: GraphCacheUpdateResolver<{ commentChanged: WithTypename<CommentChangedEvent> }, SubscriptionCommentChangedArgs>,
    notificationAdded?: GraphCacheUpdateResolver<{ notificationAdded: WithTypename<Notification> }, Record<string, never>>,
    presence?: GraphCacheUpdateResolver<{ presence: WithTypename<PresenceEvent> }, SubscriptionPresenceArgs>,
    repositorySyncProgress?: GraphCacheUpdateResolver<{ repositorySyncProgress: WithTypename<RepositorySyncProgress> }, SubscriptionRepositorySyncProgressArgs>,
    taskChanged?: GraphCacheUpdateResolver<{ taskChanged: WithTypename<TaskChangedEvent> }, SubscriptionTaskChangedArgs>
  },
  Activity?: {
    action?: GraphCacheUpdateResolver<Maybe<WithTypename<Activity>>, Record<string, never>>,
    actor?: GraphCacheUpdateResolver<Maybe<WithTypename<Activity>>, Record<string, never>>,
    after?: GraphCacheUpdateResolver<Maybe<WithTypename<Activity>>, Record<string, never>>,
    before?: GraphCacheUpdateResolver<Maybe<WithTypename<Activity>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Activity>>, Record<string, never>>,
    entityId?: GraphCacheUpdateResolver<Maybe<WithTypename<Activity>>, Record<string, never>>,
    entityType?: GraphCacheUpdateResolver<Maybe<WithTypename<Activity>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Activity>>, Record<string, never>>,
    metadata?: GraphCacheUpdateResolver<Maybe<WithTypename<Activity>>, Record<string, never>>,
    subject?: GraphCacheUpdateResolver<Maybe<WithTypename<Activity>>, Record<string, never>>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<Activity>>, Record<string, never>>
  },
  ActivityCalendar?: {
    currentStreak?: GraphCacheUpdateResolver<Maybe<WithTypename<ActivityCalendar>>, Record<string, never>>,
    days?: GraphCacheUpdateResolver<Maybe<WithTypename<ActivityCalendar>>, Record<string, never>>,
    longestStreak?: GraphCacheUpdateResolver<Maybe<WithTypename<ActivityCalendar>>, Record<string, never>>,
    total?: GraphCacheUpdateResolver<Maybe<WithTypename<ActivityCalendar>>, Record<string, never>>,
    year?: GraphCacheUpdateResolver<Maybe<WithTypename<ActivityCalendar>>, Record<string, never>>
  },
  ActivityDay?: {
    count?: GraphCacheUpdateResolver<Maybe<WithTypename<ActivityDay>>, Record<string, never>>,
    date?: GraphCacheUpdateResolver<Maybe<WithTypename<ActivityDay>>, Record<string, never>>
  },
  AuthPayload?: {
    token?: GraphCacheUpdateResolver<Maybe<WithTypename<AuthPayload>>, Record<string, never>>,
    user?: GraphCacheUpdateResolver<Maybe<WithTypename<AuthPayload>>, Record<string, never>>
  },
  Board?: {
    archived?: GraphCacheUpdateResolver<Maybe<WithTypename<Board>>, Record<string, never>>,
    archivedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Board>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Board>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Board>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<Board>>, Record<string, never>>,
    position?: GraphCacheUpdateResolver<Maybe<WithTypename<Board>>, Record<string, never>>,
    tasks?: GraphCacheUpdateResolver<Maybe<WithTypename<Board>>, BoardTasksArgs>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<Board>>, Record<string, never>>,
    workspace?: GraphCacheUpdateResolver<Maybe<WithTypename<Board>>, Record<string, never>>
  },
  BoardTasksConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<BoardTasksConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<BoardTasksConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<BoardTasksConnection>>, Record<string, never>>
  },
  BoardTasksConnectionEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<BoardTasksConnectionEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<BoardTasksConnectionEdge>>, Record<string, never>>
  },
  Checkpoint?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Checkpoint>>, Record<string, never>>,
    createdBy?: GraphCacheUpdateResolver<Maybe<WithTypename<Checkpoint>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Checkpoint>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<Checkpoint>>, Record<string, never>>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<Checkpoint>>, Record<string, never>>
  },
  CodeReference?: {
    commitSha?: GraphCacheUpdateResolver<Maybe<WithTypename<CodeReference>>, Record<string, never>>,
    line?: GraphCacheUpdateResolver<Maybe<WithTypename<CodeReference>>, Record<string, never>>,
    path?: GraphCacheUpdateResolver<Maybe<WithTypename<CodeReference>>, Record<string, never>>,
    present?: GraphCacheUpdateResolver<Maybe<WithTypename<CodeReference>>, Record<string, never>>,
    reference?: GraphCacheUpdateResolver<Maybe<WithTypename<CodeReference>>, Record<string, never>>,
    tag?: GraphCacheUpdateResolver<Maybe<WithTypename<CodeReference>>, Record<string, never>>,
    url?: GraphCacheUpdateResolver<Maybe<WithTypename<CodeReference>>, Record<string, never>>
  },
  Comment?: {
    author?: GraphCacheUpdateResolver<Maybe<WithTypename<Comment>>, Record<string, never>>,
    body?: GraphCacheUpdateResolver<Maybe<WithTypename<Comment>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Comment>>, Record<string, never>>,
    deleted?: GraphCacheUpdateResolver<Maybe<WithTypename<Comment>>, Record<string, never>>,
    editedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Comment>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Comment>>, Record<string, never>>,
    task?: GraphCacheUpdateResolver<Maybe<WithTypename<Comment>>, Record<string, never>>,
    viewerCanDelete?: GraphCacheUpdateResolver<Maybe<WithTypename<Comment>>, Record<string, never>>,
    viewerCanEdit?: GraphCacheUpdateResolver<Maybe<WithTypename<Comment>>, Record<string, never>>
  },
  CommentChangedEvent?: {
    actor?: GraphCacheUpdateResolver<Maybe<WithTypename<CommentChangedEvent>>, Record<string, never>>,
    comment?: GraphCacheUpdateResolver<Maybe<WithTypename<CommentChangedEvent>>, Record<string, never>>,
    kind?: GraphCacheUpdateResolver<Maybe<WithTypename<CommentChangedEvent>>, Record<string, never>>,
    taskId?: GraphCacheUpdateResolver<Maybe<WithTypename<CommentChangedEvent>>, Record<string, never>>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<CommentChangedEvent>>, Record<string, never>>
  },
  CycleTime?: {
    count?: GraphCacheUpdateResolver<Maybe<WithTypename<CycleTime>>, Record<string, never>>,
    medianHours?: GraphCacheUpdateResolver<Maybe<WithTypename<CycleTime>>, Record<string, never>>,
    p85Hours?: GraphCacheUpdateResolver<Maybe<WithTypename<CycleTime>>, Record<string, never>>,
    points?: GraphCacheUpdateResolver<Maybe<WithTypename<CycleTime>>, Record<string, never>>
  },
  CycleTimePoint?: {
    doneAt?: GraphCacheUpdateResolver<Maybe<WithTypename<CycleTimePoint>>, Record<string, never>>,
    hours?: GraphCacheUpdateResolver<Maybe<WithTypename<CycleTimePoint>>, Record<string, never>>,
    task?: GraphCacheUpdateResolver<Maybe<WithTypename<CycleTimePoint>>, Record<string, never>>
  },
  EventPage?: {
    events?: GraphCacheUpdateResolver<Maybe<WithTypename<EventPage>>, Record<string, never>>,
    hasMore?: GraphCacheUpdateResolver<Maybe<WithTypename<EventPage>>, Record<string, never>>
  },
  FlowAnalytics?: {
    blockedHours?: GraphCacheUpdateResolver<Maybe<WithTypename<FlowAnalytics>>, Record<string, never>>,
    blockedTasks?: GraphCacheUpdateResolver<Maybe<WithTypename<FlowAnalytics>>, Record<string, never>>,
    cycleTime?: GraphCacheUpdateResolver<Maybe<WithTypename<FlowAnalytics>>, Record<string, never>>,
    days?: GraphCacheUpdateResolver<Maybe<WithTypename<FlowAnalytics>>, Record<string, never>>,
    from?: GraphCacheUpdateResolver<Maybe<WithTypename<FlowAnalytics>>, Record<string, never>>,
    throughput?: GraphCacheUpdateResolver<Maybe<WithTypename<FlowAnalytics>>, Record<string, never>>,
    to?: GraphCacheUpdateResolver<Maybe<WithTypename<FlowAnalytics>>, Record<string, never>>,
    wip?: GraphCacheUpdateResolver<Maybe<WithTypename<FlowAnalytics>>, Record<string, never>>
  },
  FlowDay?: {
    blocked?: GraphCacheUpdateResolver<Maybe<WithTypename<FlowDay>>, Record<string, never>>,
    date?: GraphCacheUpdateResolver<Maybe<WithTypename<FlowDay>>, Record<string, never>>,
    done?: GraphCacheUpdateResolver<Maybe<WithTypename<FlowDay>>, Record<string, never>>,
    inProgress?: GraphCacheUpdateResolver<Maybe<WithTypename<FlowDay>>, Record<string, never>>,
    todo?: GraphCacheUpdateResolver<Maybe<WithTypename<FlowDay>>, Record<string, never>>
  },
  HighlightSegment?: {
    match?: GraphCacheUpdateResolver<Maybe<WithTypename<HighlightSegment>>, Record<string, never>>,
    text?: GraphCacheUpdateResolver<Maybe<WithTypename<HighlightSegment>>, Record<string, never>>
  },
  Invitation?: {
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    email?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    emailSent?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    expired?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    expiresAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    inviteUrl?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    invitedBy?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    role?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    workspace?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>,
    workspaceName?: GraphCacheUpdateResolver<Maybe<WithTypename<Invitation>>, Record<string, never>>
  },
  Label?: {
    color?: GraphCacheUpdateResolver<Maybe<WithTypename<Label>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Label>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<Label>>, Record<string, never>>
  },
  MarkNotificationsReadResult?: {
    notifications?: GraphCacheUpdateResolver<Maybe<WithTypename<MarkNotificationsReadResult>>, Record<string, never>>,
    unreadCount?: GraphCacheUpdateResolver<Maybe<WithTypename<MarkNotificationsReadResult>>, Record<string, never>>
  },
  Member?: {
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Member>>, Record<string, never>>,
    joinedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Member>>, Record<string, never>>,
    role?: GraphCacheUpdateResolver<Maybe<WithTypename<Member>>, Record<string, never>>,
    user?: GraphCacheUpdateResolver<Maybe<WithTypename<Member>>, Record<string, never>>
  },
  Notification?: {
    actor?: GraphCacheUpdateResolver<Maybe<WithTypename<Notification>>, Record<string, never>>,
    comment?: GraphCacheUpdateResolver<Maybe<WithTypename<Notification>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Notification>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Notification>>, Record<string, never>>,
    kind?: GraphCacheUpdateResolver<Maybe<WithTypename<Notification>>, Record<string, never>>,
    read?: GraphCacheUpdateResolver<Maybe<WithTypename<Notification>>, Record<string, never>>,
    readAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Notification>>, Record<string, never>>,
    task?: GraphCacheUpdateResolver<Maybe<WithTypename<Notification>>, Record<string, never>>,
    workspace?: GraphCacheUpdateResolver<Maybe<WithTypename<Notification>>, Record<string, never>>
  },
  PageInfo?: {
    endCursor?: GraphCacheUpdateResolver<Maybe<WithTypename<PageInfo>>, Record<string, never>>,
    hasNextPage?: GraphCacheUpdateResolver<Maybe<WithTypename<PageInfo>>, Record<string, never>>,
    hasPreviousPage?: GraphCacheUpdateResolver<Maybe<WithTypename<PageInfo>>, Record<string, never>>,
    startCursor?: GraphCacheUpdateResolver<Maybe<WithTypename<PageInfo>>, Record<string, never>>
  },
  PresenceEntry?: {
    since?: GraphCacheUpdateResolver<Maybe<WithTypename<PresenceEntry>>, Record<string, never>>,
    taskId?: GraphCacheUpdateResolver<Maybe<WithTypename<PresenceEntry>>, Record<string, never>>,
    user?: GraphCacheUpdateResolver<Maybe<WithTypename<PresenceEntry>>, Record<string, never>>
  },
  PresenceEvent?: {
    kind?: GraphCacheUpdateResolver<Maybe<WithTypename<PresenceEvent>>, Record<string, never>>,
    taskId?: GraphCacheUpdateResolver<Maybe<WithTypename<PresenceEvent>>, Record<string, never>>,
    user?: GraphCacheUpdateResolver<Maybe<WithTypename<PresenceEvent>>, Record<string, never>>,
    viewers?: GraphCacheUpdateResolver<Maybe<WithTypename<PresenceEvent>>, Record<string, never>>
  },
  QueryNotificationsConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<QueryNotificationsConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<QueryNotificationsConnection>>, Record<string, never>>
  },
  QueryNotificationsConnectionEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<QueryNotificationsConnectionEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<QueryNotificationsConnectionEdge>>, Record<string, never>>
  },
  Repository?: {
    defaultBranch?: GraphCacheUpdateResolver<Maybe<WithTypename<Repository>>, Record<string, never>>,
    hasToken?: GraphCacheUpdateResolver<Maybe<WithTypename<Repository>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Repository>>, Record<string, never>>,
    linkedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Repository>>, Record<string, never>>,
    linkedBy?: GraphCacheUpdateResolver<Maybe<WithTypename<Repository>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<Repository>>, Record<string, never>>,
    path?: GraphCacheUpdateResolver<Maybe<WithTypename<Repository>>, Record<string, never>>,
    provider?: GraphCacheUpdateResolver<Maybe<WithTypename<Repository>>, Record<string, never>>,
    url?: GraphCacheUpdateResolver<Maybe<WithTypename<Repository>>, Record<string, never>>,
    workspace?: GraphCacheUpdateResolver<Maybe<WithTypename<Repository>>, Record<string, never>>
  },
  RepositoryBranch?: {
    headSha?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositoryBranch>>, Record<string, never>>,
    isDefault?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositoryBranch>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositoryBranch>>, Record<string, never>>
  },
  RepositorySync?: {
    branch?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>,
    completedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>,
    error?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>,
    headSha?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>,
    nextSync?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>,
    phase?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>,
    previousSync?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>,
    progress?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>,
    startedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>,
    startedBy?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>,
    stats?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySync>>, Record<string, never>>
  },
  RepositorySyncError?: {
    code?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncError>>, Record<string, never>>,
    message?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncError>>, Record<string, never>>,
    retryAt?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncError>>, Record<string, never>>
  },
  RepositorySyncProgress?: {
    at?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncProgress>>, Record<string, never>>,
    filesScanned?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncProgress>>, Record<string, never>>,
    filesTotal?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncProgress>>, Record<string, never>>,
    message?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncProgress>>, Record<string, never>>,
    phase?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncProgress>>, Record<string, never>>,
    progress?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncProgress>>, Record<string, never>>,
    sequence?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncProgress>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncProgress>>, Record<string, never>>,
    sync?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncProgress>>, Record<string, never>>
  },
  RepositorySyncStats?: {
    filesScanned?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncStats>>, Record<string, never>>,
    filesSkipped?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncStats>>, Record<string, never>>,
    filesTotal?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncStats>>, Record<string, never>>,
    tasksClosed?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncStats>>, Record<string, never>>,
    tasksCreated?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncStats>>, Record<string, never>>,
    tasksReopened?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncStats>>, Record<string, never>>,
    tasksUpdated?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncStats>>, Record<string, never>>,
    todosFound?: GraphCacheUpdateResolver<Maybe<WithTypename<RepositorySyncStats>>, Record<string, never>>
  },
  RestoreWorkspaceResult?: {
    tasks?: GraphCacheUpdateResolver<Maybe<WithTypename<RestoreWorkspaceResult>>, Record<string, never>>,
    workspace?: GraphCacheUpdateResolver<Maybe<WithTypename<RestoreWorkspaceResult>>, Record<string, never>>
  },
  SearchConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<SearchConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<SearchConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<SearchConnection>>, Record<string, never>>,
    totalCountIsExact?: GraphCacheUpdateResolver<Maybe<WithTypename<SearchConnection>>, Record<string, never>>
  },
  SearchEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<SearchEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<SearchEdge>>, Record<string, never>>
  },
  SearchHit?: {
    rank?: GraphCacheUpdateResolver<Maybe<WithTypename<SearchHit>>, Record<string, never>>,
    snippet?: GraphCacheUpdateResolver<Maybe<WithTypename<SearchHit>>, Record<string, never>>,
    snippetSource?: GraphCacheUpdateResolver<Maybe<WithTypename<SearchHit>>, Record<string, never>>,
    task?: GraphCacheUpdateResolver<Maybe<WithTypename<SearchHit>>, Record<string, never>>,
    title?: GraphCacheUpdateResolver<Maybe<WithTypename<SearchHit>>, Record<string, never>>
  },
  Task?: {
    assignee?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    board?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    codeRef?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    comments?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, TaskCommentsArgs>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    createdBy?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    deleted?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    description?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    dueAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    history?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    labelIds?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    labels?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    lastChange?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    position?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    priority?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    title?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    updatedAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>,
    workspace?: GraphCacheUpdateResolver<Maybe<WithTypename<Task>>, Record<string, never>>
  },
  TaskChangedEvent?: {
    activity?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskChangedEvent>>, Record<string, never>>,
    actor?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskChangedEvent>>, Record<string, never>>,
    kind?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskChangedEvent>>, Record<string, never>>,
    task?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskChangedEvent>>, Record<string, never>>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskChangedEvent>>, Record<string, never>>
  },
  TaskCommentsConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskCommentsConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskCommentsConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskCommentsConnection>>, Record<string, never>>
  },
  TaskCommentsConnectionEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskCommentsConnectionEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskCommentsConnectionEdge>>, Record<string, never>>
  },
  TaskDiff?: {
    after?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskDiff>>, Record<string, never>>,
    before?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskDiff>>, Record<string, never>>,
    fields?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskDiff>>, Record<string, never>>,
    taskId?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskDiff>>, Record<string, never>>
  },
  TaskFieldChange?: {
    field?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskFieldChange>>, Record<string, never>>,
    from?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskFieldChange>>, Record<string, never>>,
    to?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskFieldChange>>, Record<string, never>>
  },
  TaskSnapshot?: {
    assignee?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskSnapshot>>, Record<string, never>>,
    board?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskSnapshot>>, Record<string, never>>,
    description?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskSnapshot>>, Record<string, never>>,
    position?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskSnapshot>>, Record<string, never>>,
    priority?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskSnapshot>>, Record<string, never>>,
    status?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskSnapshot>>, Record<string, never>>,
    taskId?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskSnapshot>>, Record<string, never>>,
    title?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskSnapshot>>, Record<string, never>>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<TaskSnapshot>>, Record<string, never>>
  },
  ThroughputWeek?: {
    count?: GraphCacheUpdateResolver<Maybe<WithTypename<ThroughputWeek>>, Record<string, never>>,
    weekStart?: GraphCacheUpdateResolver<Maybe<WithTypename<ThroughputWeek>>, Record<string, never>>
  },
  User?: {
    activityCalendar?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, UserActivityCalendarArgs>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>,
    email?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<User>>, Record<string, never>>
  },
  Workspace?: {
    activity?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, WorkspaceActivityArgs>,
    analytics?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, WorkspaceAnalyticsArgs>,
    board?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, WorkspaceBoardArgs>,
    boards?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, WorkspaceBoardsArgs>,
    checkpoints?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, Record<string, never>>,
    createdAt?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, Record<string, never>>,
    diff?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, WorkspaceDiffArgs>,
    events?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, WorkspaceEventsArgs>,
    id?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, Record<string, never>>,
    invitations?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, Record<string, never>>,
    labels?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, Record<string, never>>,
    members?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, Record<string, never>>,
    myRole?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, Record<string, never>>,
    name?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, Record<string, never>>,
    repository?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, Record<string, never>>,
    repositorySyncs?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, WorkspaceRepositorySyncsArgs>,
    tasks?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, WorkspaceTasksArgs>,
    version?: GraphCacheUpdateResolver<Maybe<WithTypename<Workspace>>, Record<string, never>>
  },
  WorkspaceActivityConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceActivityConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceActivityConnection>>, Record<string, never>>
  },
  WorkspaceActivityConnectionEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceActivityConnectionEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceActivityConnectionEdge>>, Record<string, never>>
  },
  WorkspaceDiff?: {
    added?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceDiff>>, Record<string, never>>,
    changed?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceDiff>>, Record<string, never>>,
    from?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceDiff>>, Record<string, never>>,
    removed?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceDiff>>, Record<string, never>>,
    to?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceDiff>>, Record<string, never>>
  },
  WorkspaceRepositorySyncsConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceRepositorySyncsConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceRepositorySyncsConnection>>, Record<string, never>>
  },
  WorkspaceRepositorySyncsConnectionEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceRepositorySyncsConnectionEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceRepositorySyncsConnectionEdge>>, Record<string, never>>
  },
  WorkspaceTasksConnection?: {
    edges?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceTasksConnection>>, Record<string, never>>,
    pageInfo?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceTasksConnection>>, Record<string, never>>,
    totalCount?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceTasksConnection>>, Record<string, never>>
  },
  WorkspaceTasksConnectionEdge?: {
    cursor?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceTasksConnectionEdge>>, Record<string, never>>,
    node?: GraphCacheUpdateResolver<Maybe<WithTypename<WorkspaceTasksConnectionEdge>>, Record<string, never>>
  },
};

export type GraphCacheConfig = Parameters<typeof cacheExchange>[0] & {
  updates?: GraphCacheUpdaters,
  keys?: GraphCacheKeysConfig,
  optimistic?: GraphCacheOptimisticUpdaters,
  resolvers?: GraphCacheResolvers,
};