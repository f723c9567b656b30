/**
 * The API key the page sends, kept in this tab's session storage only: never in the URL, a cookie
 * or local storage, so it leaves with the tab and is not shared by a copied link.
 */
const STORAGE = "peaceops.apiKey";

export function apiKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE);
  } catch {
    return null;
  }
}

export function setApiKey(key: string | null): void {
  const value = key?.trim();
  if (value) sessionStorage.setItem(STORAGE, value);
  else sessionStorage.removeItem(STORAGE);
}

/** Headers for this origin's API: the key as a bearer token when one is set. */
export function authHeaders(): Record<string, string> {
  const key = apiKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}
