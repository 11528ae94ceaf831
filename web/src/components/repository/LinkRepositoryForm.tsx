import { useState } from "react";
import { useMutation } from "urql";
import { describeError } from "../../client/errors";
import type { RepositoryProvider } from "../../gql/graphql";
import { LinkRepositoryMutation } from "../../graphql/repository";

/** ADMIN and up: link a GitHub repository (owner/name or URL, token for private ones) or a directory on the server. */
export function LinkRepositoryForm({ workspaceId, onLinked }: { workspaceId: string; onLinked: () => void }) {
  const [provider, setProvider] = useState<RepositoryProvider>("GITHUB");
  const [where, setWhere] = useState("");
  const [token, setToken] = useState("");
  const [state, link] = useMutation(LinkRepositoryMutation);
  const [problem, setProblem] = useState<{ field?: string; text: string } | null>(null);
  return (
    <form
      className="repo-link-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setProblem(null);
        const input =
          provider === "GITHUB"
            ? { workspaceId, provider, url: where.trim(), token: token.trim() || null }
            : { workspaceId, provider, path: where.trim() };
        const result = await link({ input });
        if (result.error) {
          const field = result.error.graphQLErrors[0]?.extensions?.field as string | undefined;
          return setProblem({ field, text: describeError(result.error) });
        }
        setToken("");
        onLinked();
      }}
    >
      <fieldset className="repo-provider">
        <legend className="sr-only">Where the repository is</legend>
        <label>
          <input type="radio" name="provider" checked={provider === "GITHUB"} onChange={() => setProvider("GITHUB")} /> GitHub
        </label>
        <label>
          <input type="radio" name="provider" checked={provider === "LOCAL_GIT"} onChange={() => setProvider("LOCAL_GIT")} /> Directory on
          the server
        </label>
      </fieldset>
      <input
        aria-label={provider === "GITHUB" ? "Repository (owner/name or URL)" : "Absolute path of the repository"}
        placeholder={provider === "GITHUB" ? "owner/name or https://github.com/owner/name" : "/srv/git/project"}
        value={where}
        onChange={(e) => setWhere(e.target.value)}
        aria-invalid={problem?.field === "url" || problem?.field === "path"}
        required
      />
      {provider === "GITHUB" && (
        <input
          type="password"
          autoComplete="off"
          aria-label="Access token (private repositories)"
          placeholder="Token (private repositories)"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-invalid={problem?.field === "token"}
        />
      )}
      <button type="submit" className="btn btn-primary" disabled={state.fetching || !where.trim()}>
        {state.fetching ? "Checking…" : "Link repository"}
      </button>
      {problem && (
        <p className="form-error" role="alert">
          {problem.text}
        </p>
      )}
    </form>
  );
}
