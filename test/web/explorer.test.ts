import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { useBrowser, screenshotPath, watchPage } from "../support/browser";

// The README's whole operations (```graphql blocks that start with `{`, `query` or `mutation`),
// counted here independently of the page's own reading of them.
const README = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
const EXAMPLES = README.split("```graphql\n").slice(1).map((b) => b.split("```")[0].trim()).filter((b) => /^(\{|query\b|mutation\b)/.test(b));

describe.each(databaseTargets().slice(0, 1))("the GraphQL explorer in a real browser ($name)", (target) => {
  const fx = useFixtureApp(target);
  const chrome = useBrowser(() => fx.app.port);

  it("opens at /graphql for a browser, with the README's queries as tabs, and runs one with the session's key", async () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
    const page = await chrome.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watch = watchPage(page, chrome.origin);
    await page.goto(`${chrome.origin}/graphql`);
    expect(await page.title()).toBe("peaceops · GraphQL explorer");
    await page.waitForSelector(".graphiql-container .graphiql-execute-button");
    expect(await page.locator(".graphiql-tab").count()).toBe(EXAMPLES.length);

    await page.fill("#api-key", fx.tokens.ANALYST);
    await page.click("button:has-text('Use key')");
    // The first tab holds the README's first query; the editor shows its text.
    await page.waitForFunction(() => document.querySelector(".graphiql-query-editor")?.textContent?.includes("MINUSTAH"), null, { timeout: 10_000 }).catch(async (err) => {
      throw new Error(`${err.message}: the editor holds ${await page.textContent(".graphiql-query-editor")}; ${watch.problems.join("\n")}`);
    });
    const [request, response] = await Promise.all([
      page.waitForRequest((r) => r.url() === `${chrome.origin}/graphql` && r.method() === "POST"),
      page.waitForResponse((r) => r.url() === `${chrome.origin}/graphql` && r.request().method() === "POST" && !(r.request().postData() ?? "").includes("IntrospectionQuery")),
      page.click(".graphiql-execute-button"),
    ]);
    expect(request.headers().authorization).toBe(`Bearer ${fx.tokens.ANALYST}`);
    const body = JSON.parse(request.postData()!);
    expect(body.query.trim()).toBe(EXAMPLES[0]);
    const answer = await response.json();
    const direct = await fx.app.gql(EXAMPLES[0], undefined, { token: fx.tokens.ANALYST });
    expect(answer.data).toEqual(direct.data);
    expect(answer.data.mission.name).toBe("United Nations Stabilization Mission in Haiti");
    // The answer is shown in the result pane.
    // (Monaco wraps long lines and writes spaces as no-break spaces: compared with whitespace folded.)
    await page.waitForFunction(() => (document.querySelector(".graphiql-response")?.textContent ?? "").replace(/\s+/g, " ").includes("United Nations Stabilization Mission in Haiti"));
    await page.screenshot({ path: screenshotPath("explorer") });
    // The key is in this tab's session only: GraphiQL saved no headers.
    const stored = await page.evaluate(() => ({ session: sessionStorage.getItem("peaceops.apiKey"), local: JSON.stringify({ ...localStorage }) }));
    expect(stored.session).toBe(fx.tokens.ANALYST);
    expect(stored.local).not.toContain(fx.tokens.ANALYST);
    expect(watch.problems).toEqual([]);
    expect(watch.otherOrigins).toEqual([]);
    await page.close();
  });
});
