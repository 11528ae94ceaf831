import { useEffect, useMemo } from "react";
import { Provider } from "urql";
import { createStatusStore, StatusContext } from "./client/connection";
import { createAppClient } from "./client/createAppClient";
import { useSessionToken } from "./client/session";
import { resetVersions } from "./client/versions";
import { AuthPage } from "./components/auth/AuthPage";
import { InviteNotice } from "./components/members/InvitePage";
import { ToastProvider } from "./components/shared/Toasts";
import { Shell } from "./components/shell/Shell";
import { useRoute } from "./router";

export function App() {
  const [token, setToken] = useSessionToken();
  // An invite link opened signed out: the sign-in page says what it is for; after sign-in the Shell shows it.
  const route = useRoute();
  // A new token means a new identity: fresh cache, fresh socket with the new credentials.
  const { client, dispose, status } = useMemo(() => {
    const status = createStatusStore();
    resetVersions();
    return { ...createAppClient({ token, status }), status };
  }, [token]);
  useEffect(() => dispose, [dispose]);

  return (
    <ToastProvider>
      <StatusContext.Provider value={status}>
        <Provider value={client}>
          {token ? (
            <Shell onSignedOut={() => setToken(null)} />
          ) : (
            <AuthPage onSignedIn={setToken} notice={route.page === "invite" ? <InviteNotice token={route.token} /> : undefined} />
          )}
        </Provider>
      </StatusContext.Provider>
    </ToastProvider>
  );
}
