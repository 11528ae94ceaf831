import { type ReactNode, useState } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import { describeError } from "../../client/errors";
import { newMutationId } from "../../client/mutationId";
import type { CommentFieldsFragment } from "../../gql/graphql";
import {
  AddCommentMutation,
  CommentChangedSubscription,
  DeleteCommentMutation,
  EditCommentMutation,
  TaskCommentsQuery,
} from "../../graphql/comments";
import { Avatar } from "../shared/Avatar";
import { Markdown } from "../shared/Markdown";
import { useToast } from "../shared/Toasts";
import { timeAgo } from "../shared/timeAgo";
import { type Mentionable, MentionTextarea } from "./MentionPicker";

type Props = { taskId: string; workspaceId: string; members: Mentionable[]; canComment: boolean };

/** A task's conversation: Markdown comments, live as others write them, with @mentions. */
export function TaskComments({ taskId, workspaceId, members, canComment }: Props) {
  const [result, refetch] = useQuery({ query: TaskCommentsQuery, variables: { id: taskId } });
  // Someone's comment arrives: read the list again (one small query for an open dialog).
  useSubscription({ query: CommentChangedSubscription, variables: { workspaceId, taskId } }, (_prev: unknown, event) => {
    refetch({ requestPolicy: "network-only" });
    return event;
  });
  const [body, setBody] = useState("");
  const [, addComment] = useMutation(AddCommentMutation);
  const toast = useToast();
  const node = result.data?.node;
  const comments = node && "comments" in node ? node.comments.edges.map((e) => e.node) : [];

  async function submit() {
    const text = body.trim();
    if (!text) return;
    setBody("");
    const r = await addComment({ input: { taskId, body: text, clientMutationId: newMutationId() } });
    if (r.error) {
      setBody(text);
      toast(`Your comment wasn't posted. ${describeError(r.error)}`);
    } else refetch({ requestPolicy: "network-only" });
  }

  return (
    <section className="comments" aria-label="Comments">
      <h3 className="comments-title">
        Comments <span className="muted small">{comments.length || ""}</span>
      </h3>
      {comments.length === 0 && !result.fetching && <p className="muted small">No comments yet.</p>}
      <ol className="comment-list">
        {comments.map((c) => (
          <CommentItem key={c.id} comment={c} members={members} onChanged={() => refetch({ requestPolicy: "network-only" })} />
        ))}
      </ol>
      {canComment && (
        <CommentComposer
          label="Write a comment"
          placeholder="Write a comment… Markdown works; @ mentions a teammate"
          value={body}
          onChange={setBody}
          members={members}
          onSubmit={submit}
          submitLabel="Comment"
          disabled={!body.trim()}
        />
      )}
    </section>
  );
}

function CommentItem({ comment, members, onChanged }: { comment: CommentFieldsFragment; members: Mentionable[]; onChanged: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [, editComment] = useMutation(EditCommentMutation);
  const [, deleteComment] = useMutation(DeleteCommentMutation);
  const toast = useToast();

  async function save() {
    if (editing === null || !editing.trim()) return;
    const r = await editComment({ input: { id: comment.id, body: editing } });
    if (r.error) toast(`Not saved. ${describeError(r.error)}`);
    else setEditing(null);
    onChanged();
  }

  async function remove() {
    if (!window.confirm("Delete this comment?")) return;
    const r = await deleteComment({ input: { id: comment.id } });
    if (r.error) toast(`Not deleted. ${describeError(r.error)}`);
    onChanged();
  }

  return (
    <li className="comment">
      <Avatar user={comment.author} size="sm" />
      <div className="comment-main">
        <div className="comment-meta">
          <strong>{comment.author.name}</strong>
          <span className="muted small" title={comment.createdAt}>
            {timeAgo(comment.createdAt)}
            {comment.editedAt ? " · edited" : ""}
          </span>
          <span className="spacer" />
          {comment.viewerCanEdit && editing === null && (
            <button type="button" className="link-btn small" onClick={() => setEditing(comment.body)}>
              Edit
            </button>
          )}
          {comment.viewerCanDelete && editing === null && (
            <button type="button" className="link-btn small" onClick={remove}>
              Delete
            </button>
          )}
        </div>
        {editing === null ? (
          <Markdown text={comment.body} />
        ) : (
          <CommentComposer label="Edit comment" value={editing} onChange={setEditing} members={members} onSubmit={save} submitLabel="Save">
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </CommentComposer>
        )}
      </div>
    </li>
  );
}

type ComposerProps = {
  label: string;
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
  members: Mentionable[];
  onSubmit: () => void;
  submitLabel: string;
  disabled?: boolean;
  children?: ReactNode;
};

/** A comment's text box with @mentions and its submit button, for a new comment and for an edit. */
function CommentComposer({ label, placeholder, value, onChange, members, onSubmit, submitLabel, disabled, children }: ComposerProps) {
  return (
    <div className="comment-composer">
      <MentionTextarea
        aria-label={label}
        placeholder={placeholder}
        rows={3}
        maxLength={10000}
        value={value}
        onChange={onChange}
        members={members}
        onSubmit={onSubmit}
      />
      <button type="button" className="btn btn-primary btn-sm" disabled={disabled} onClick={onSubmit}>
        {submitLabel}
      </button>
      {children}
    </div>
  );
}
