import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import type { CliContext } from "../../src/cli/context";
import { reportCommand } from "../../src/cli/report.command";
import { findChromium, pinPdfDates } from "../../src/report/pdf";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { pdfInfo, pdfPages } from "./poppler";

/*
 * The report printed to PDF by Debian's Chromium (installed by .ci/run), read back with poppler's
 * pdfinfo and pdftotext: an independent reader of the file, not the code that wrote it.
 */

const SECTION_TITLES = [
  "1. Women among deployed Canadian police, by year",
  "2. Headcount at each quarter end, women and others",
  "3. Senior positions held by women, by year",
  "4. Countries served, by year and cumulatively",
  "5. Trainings delivered",
  "6. The UN's police: women's share against the Gender Parity Strategy",
  "7. Reconciliation of the register with the UN's counts",
  "8. WPS milestones",
  "Colophon",
];

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-pdf-"));
afterAll(() => { if (!process.env.KEEP_PDF) fs.rmSync(scratch, { recursive: true, force: true }); });

describe("finding the browser that prints PDFs", () => {
  const dir = fs.mkdtempSync(path.join(scratch, "path-"));
  const fake = path.join(dir, "chromium-browser");
  fs.writeFileSync(fake, "#!/bin/sh\n", { mode: 0o755 });
  fs.writeFileSync(path.join(dir, "chromium"), "not executable", { mode: 0o644 });

  it("takes PEACEOPS_CHROMIUM first, then the first executable Chromium on PATH, and names the variable when there is none", () => {
    expect(findChromium({ PATH: dir })).toBe(fake);
    expect(findChromium({ PATH: dir, PEACEOPS_CHROMIUM: process.execPath })).toBe(process.execPath);
    expect(() => findChromium({ PATH: dir, PEACEOPS_CHROMIUM: path.join(dir, "chromium") })).toThrow(/PEACEOPS_CHROMIUM is ".*chromium", which is not an executable file/);
    expect(() => findChromium({ PATH: scratch })).toThrow(/set PEACEOPS_CHROMIUM to its executable, or put one on PATH as chromium, chromium-browser/);
  });

  it("pins the PDF's dates to the report's date without moving a byte", () => {
    const pdf = Buffer.from("%PDF-1.4\n<< /Producer (Skia) /CreationDate (D:20261203204834+00'00') /ModDate (D:20261203204835+00'00') >>\n", "latin1");
    const pinned = pinPdfDates(pdf, "2024-12-31");
    expect(pinned.length).toBe(pdf.length);
    expect(pinned.toString("latin1")).toBe("%PDF-1.4\n<< /Producer (Skia) /CreationDate (D:20241231000000+00'00') /ModDate (D:20241231000000+00'00') >>\n");
  });
});

describe.each(databaseTargets())("the Generation Equality report as PDF on the $name database", (target) => {
  const fx = useFixtureApp(target);
  const PERIOD = "from=2010-01-01&to=2023-12-31";
  const get = async (query: string, token: string | null = null) => {
    const res = await fetch(`http://127.0.0.1:${fx.app.port}/reports/generation-equality.pdf?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };

  it("prints each caller's own figures when anonymous and ANALYST requests, on Letter and A4, arrive together", async () => {
    const api = await fx.app.gql(`{ femaleParticipation(from: "2010-01-01", to: "2023-12-31", groupBy: [YEAR], minCellSize: 0) { rows { key { year } officers known female rate } } }`, {}, { token: fx.tokens.ANALYST });
    const anonymous = await fx.app.gql(`{ femaleParticipation(from: "2010-01-01", to: "2023-12-31", groupBy: [YEAR]) { rows { key { year } officers known female rate suppressed } } }`);
    expect(api.errors).toBeUndefined();
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.femaleParticipation.rows.every((r: any) => r.suppressed && r.female === null)).toBe(true);
    const asked = [
      { token: fx.tokens.ANALYST, query: `${PERIOD}&minCellSize=0&paper=a4`, paper: /\(A4\)/ },
      { token: null, query: PERIOD, paper: /612 x 792 pts \(letter\)/ },
      { token: fx.tokens.ANALYST, query: `${PERIOD}&minCellSize=0`, paper: /612 x 792 pts \(letter\)/ },
      { token: null, query: `${PERIOD}&paper=a4`, paper: /\(A4\)/ },
    ];
    const answers = await Promise.all(asked.map((a) => get(a.query, a.token)));
    for (const [i, { res, body }] of answers.entries()) {
      const a = asked[i]!;
      expect(res.status, body.toString()).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toBe('inline; filename="generation-equality-2010-01-01-2023-12-31.pdf"');
      const file = path.join(scratch, `http-${target.name}-${i}.pdf`);
      fs.writeFileSync(file, body);
      const info = pdfInfo(file);
      expect(info).toMatch(a.paper);
      expect(info).toMatch(/CreationDate:\s+Sun Dec 31 00:00:00 2023 UTC/);
      const pages = pdfPages(file);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(pages.length);
      // Every page carries its footer, n / N; every section starts a page of its own.
      pages.forEach((page, n) => expect(page).toMatch(new RegExp(`Generation Equality report: Canadian police in peace operations · 2010-01-01 – 2023-12-31\\s+${n + 1} / ${pages.length}\\s*$`)));
      for (const title of SECTION_TITLES) {
        const at = pages.findIndex((p, n) => n > 0 && p.includes(title));
        expect(at, title).toBeGreaterThan(0);
        expect(pages[at]!.trimStart().startsWith(title), `${title} opens page ${at + 1}`).toBe(true);
      }
      const text = pages.join("\n");
      if (a.token) {
        expect(text).toContain("minimum cell size 0, lowered below the default of 5 by an ANALYST");
        for (const r of api.data.femaleParticipation.rows) {
          const rate = r.rate === null ? "–" : `${(r.rate * 100).toFixed(1)} %`;
          expect(text).toMatch(new RegExp(`^\\s*${r.key.year}\\s+${r.officers}\\s+${r.known}\\s+${r.female}\\s+${rate}`, "m"));
        }
      } else {
        expect(text).toContain("groups of fewer than 5 officers of known gender are suppressed");
        for (const r of anonymous.data.femaleParticipation.rows) expect(text).toMatch(new RegExp(`^\\s*${r.key.year}\\s+${r.officers}\\s+${r.known}\\s+suppressed\\s+suppressed\\s+suppressed`, "m"));
      }
    }
    // The same request twice gives the same bytes.
    expect(answers[2]!.body.equals((await get(asked[2]!.query, asked[2]!.token)).body)).toBe(true);
  });

  it("writes report.pdf from the command line, and refuses stdout", async () => {
    const stdout = new PassThrough();
    const ctx = { io: { stdout, progress: () => { throw new Error("no progress"); }, status: () => undefined }, lend: (_p: string, run: (d: { db: unknown }) => Promise<unknown>) => run({ db: fx.database.db }) } as unknown as CliContext;
    const dir = path.join(scratch, `cli-${target.name}`);
    await reportCommand(ctx, "generation-equality", { from: "2010-01-01", to: "2023-12-31", format: "pdf", lang: "fr", outDir: dir });
    const pages = pdfPages(path.join(dir, "report.pdf"));
    expect(pages[0]).toContain("Rapport Génération Égalité");
    expect(pages.join("\n")).toContain("Données SYNTHÉTIQUES");
    await expect(reportCommand(ctx, "generation-equality", { format: "pdf" })).rejects.toThrow(/--format pdf writes a binary file: give --out FILE\.pdf/);
    await expect(reportCommand(ctx, "generation-equality", { paper: "a3", format: "pdf", outDir: dir })).rejects.toThrow(/--paper must be one of letter, a4, got "a3"/);
  });

  describe("with no browser", () => {
    // Its own server: the browser is looked for when a server prints its first PDF.
    const bare = useFixtureApp(target);
    it("answers 503 naming PEACEOPS_CHROMIUM, and still serves the HTML", async () => {
      const saved = process.env.PEACEOPS_CHROMIUM;
      process.env.PEACEOPS_CHROMIUM = path.join(scratch, "no-such-browser");
      try {
        const res = await fetch(`http://127.0.0.1:${bare.app.port}/reports/generation-equality.pdf?${PERIOD}`);
        expect(res.status).toBe(503);
        expect((await res.json()).errors[0]).toMatchObject({ extensions: { code: "UNAVAILABLE" }, message: expect.stringMatching(/^PEACEOPS_CHROMIUM is ".*no-such-browser", which is not an executable file/) });
        expect((await fetch(`http://127.0.0.1:${bare.app.port}/reports/generation-equality.html?${PERIOD}`)).status).toBe(200);
      } finally {
        if (saved === undefined) delete process.env.PEACEOPS_CHROMIUM;
        else process.env.PEACEOPS_CHROMIUM = saved;
      }
    });
  });
});
