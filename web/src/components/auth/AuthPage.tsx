import { type FormEvent, type ReactNode, useState } from "react";
import { useMutation } from "urql";
import { describeError } from "../../client/errors";
import { hasReason } from "../../client/reasons";
import { SignInMutation, SignUpMutation } from "../../graphql/auth";
import { Brand } from "../shared/Brand";

export function AuthPage({ onSignedIn, notice }: { onSignedIn: (token: string) => void; notice?: ReactNode }) {
  const [mode, setMode] = useState<"signIn" | "signUp">("signIn");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [signInState, signIn] = useMutation(SignInMutation);
  const [signUpState, signUp] = useMutation(SignUpMutation);
  const [error, setError] = useState("");
  const busy = signInState.fetching || signUpState.fetching;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError("");
    if (mode === "signIn") {
      const r = await signIn({ input: { email, password } });
      if (r.data) onSignedIn(r.data.signIn.token);
      else setError(hasReason(r.error, "WRONG_CREDENTIALS") ? "That email and password don't match." : describeError(r.error));
    } else {
      const r = await signUp({ input: { email, password, name } });
      if (r.data) onSignedIn(r.data.signUp.token);
      else setError(describeError(r.error));
    }
  }

  return (
    <main className="auth">
      <div className="auth-card">
        <Brand large />
        {notice}
        <h1>{mode === "signIn" ? "Welcome back" : "Create your account"}</h1>
        <p className="muted">{mode === "signIn" ? "Sign in to your team's boards." : "Plan work with your team, in real time."}</p>
        <form onSubmit={submit} className="stack">
          {mode === "signUp" && (
            <label className="field">
              <span>Name</span>
              <input value={name} onChange={(e) => setName(e.target.value)} required autoComplete="name" />
            </label>
          )}
          <label className="field">
            <span>Email</span>
            <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="email" />
          </label>
          <label className="field">
            <span>Password</span>
            <input
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
              minLength={mode === "signUp" ? 8 : undefined}
              autoComplete={mode === "signIn" ? "current-password" : "new-password"}
            />
          </label>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
            {busy ? "Please wait…" : mode === "signIn" ? "Sign in" : "Create account"}
          </button>
        </form>
        <p className="muted center">
          {mode === "signIn" ? "New to Taskgraph? " : "Already have an account? "}
          <button
            type="button"
            className="link"
            onClick={() => {
              setError("");
              setMode(mode === "signIn" ? "signUp" : "signIn");
            }}
          >
            {mode === "signIn" ? "Create an account" : "Sign in"}
          </button>
        </p>
      </div>
    </main>
  );
}
