import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./explorer.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode, useMemo } from "react";
import { createRoot } from "react-dom/client";
import { authHeaders } from "../api/key";
import { ApiKeyField } from "../components/ApiKeyField";
import { readmeExamples } from "./examples";

/**
 * GraphiQL over this server's /graphql, bundled with the page (nothing loaded from elsewhere). The
 * API key comes from the field above it and is sent as a bearer token; it is kept in this tab's
 * session only, never in GraphiQL's saved headers.
 */
function Explorer() {
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: "/graphql",
        fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string> | undefined), ...authHeaders() } }),
      }),
    [],
  );
  const tabs = useMemo(() => readmeExamples().map((query) => ({ query })), []);
  return (
    <div className="explorer">
      <div className="explorer-bar">
        <a href="/">← Dashboard</a>
        <ApiKeyField onChange={() => undefined} />
      </div>
      <div className="explorer-main">
        <GraphiQL fetcher={fetcher} defaultTabs={tabs} shouldPersistHeaders={false} defaultEditorToolsVisibility={false} />
      </div>
    </div>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
