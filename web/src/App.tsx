import { useEffect, useMemo } from "react";
import { Provider } from "urql";
import { createAppClient } from "./client";
import { createStatusStore, StatusContext } from "./connection";
import { AuthPage } from "./components/AuthPage";
import { Shell } from "./components/Shell";
import { ToastProvider } from "./components/Toasts";
import { useSessionToken } from "./session";
import { resetVersions } from "./versions";

export function App() {
  const [token, setToken] = useSessionToken();
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
          {token ? <Shell onSignedOut={() => setToken(null)} /> : <AuthPage onSignedIn={setToken} />}
        </Provider>
      </StatusContext.Provider>
    </ToastProvider>
  );
}
