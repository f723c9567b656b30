/** A GraphQL answer with what the cache and the routing said of it. */
export interface Answer {
  status: number;
  body: any;
  /** X-Peaceops-Cache: "hit", "miss", or null for an answer that is not cacheable. */
  cache: string | null;
}

/** POSTs a GraphQL request to `url` with an optional API key. */
export async function postAt(url: string, body: Record<string, unknown>, token: string | null = null, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json(), cache: res.headers.get("x-peaceops-cache") };
}
