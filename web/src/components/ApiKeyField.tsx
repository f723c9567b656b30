import { useState, type FormEvent } from "react";
import { apiKey, setApiKey } from "../api/key";

/**
 * The API key the page sends: kept in this tab's session only. Without one the page sees what an
 * anonymous caller sees (suppressed figures); an ANALYST key shows the unsuppressed ones.
 */
export function ApiKeyField({ onChange }: { onChange(): void }) {
  const [draft, setDraft] = useState("");
  const [held, setHeld] = useState(apiKey() !== null);
  const save = (event: FormEvent) => {
    event.preventDefault();
    setApiKey(draft);
    setDraft("");
    setHeld(apiKey() !== null);
    onChange();
  };
  const forget = () => {
    setApiKey(null);
    setHeld(false);
    onChange();
  };
  return (
    <form className="api-key" onSubmit={save} aria-label="API key">
      <label htmlFor="api-key">API key</label>
      <input id="api-key" type="password" autoComplete="off" value={draft} placeholder={held ? "a key is in use for this tab" : "paste a key (kept in this tab only)"} onChange={(e) => setDraft(e.target.value)} />
      <button type="submit" disabled={!draft.trim()}>
        Use key
      </button>
      <button type="button" onClick={forget} disabled={!held}>
        Forget key
      </button>
      <span className="key-status" data-key-held={String(held)}>
        {held ? "Figures as your key's role sees them." : "No key: figures as an anonymous caller sees them (small cells suppressed)."}
      </span>
    </form>
  );
}
