import { describe, expect, it } from "vitest";
import { MAX_VERZOEK_BYTES } from "@/domain/verzoekgrens";
import { eigenVorigePagina, onleesbaarPad, teGrootAntwoord, teGrootVerzoek } from "./verzoekgrenzen";

describe("onleesbaarPad", () => {
  it.each(["/werkplekken/%FF", "/fotos/%", "/uitnodiging/%E0%A4%A", "/%C0%AF"])("recognises %s", (pad) => {
    expect(onleesbaarPad(pad)).toBe(true);
  });
  it.each(["/werkplekken/fietsenmaker-1a2b3c", "/werkplekken/caf%C3%A9", "/zoek%20iets", "/"])("accepts %s", (pad) => {
    expect(onleesbaarPad(pad)).toBe(false);
  });
});

describe("teGrootVerzoek", () => {
  const post = (init: RequestInit & { duplex?: "half" }) =>
    new Request("http://localhost/aanbieder/werkplekken/nieuw", { method: "POST", ...init });

  it("goes by the declared length", async () => {
    expect(await teGrootVerzoek(post({ headers: { "content-length": String(MAX_VERZOEK_BYTES + 1) } }))).toBe(true);
    expect(await teGrootVerzoek(post({ headers: { "content-length": String(MAX_VERZOEK_BYTES) } }))).toBe(false);
    expect(await teGrootVerzoek(new Request("http://localhost/", { headers: { "content-length": "999999999" } }))).toBe(false);
  });

  it("counts a body without a declared length", async () => {
    const stroom = (bytes: number) =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (let n = 0; n < bytes; n += 1024 * 1024) c.enqueue(new Uint8Array(Math.min(1024 * 1024, bytes - n)));
          c.close();
        },
      });
    expect(await teGrootVerzoek(post({ body: stroom(MAX_VERZOEK_BYTES + 1), duplex: "half" }))).toBe(true);
    expect(await teGrootVerzoek(post({ body: stroom(1024), duplex: "half" }))).toBe(false);
  });
});

describe("the 413 page", () => {
  it("is Dutch, names the 5 MB limit and links back only to a page of our own", async () => {
    const eigen = new Request("http://localhost/x", { headers: { referer: "http://localhost/aanbieder/werkplekken/abc?x=<b>" } });
    const vreemd = new Request("http://localhost/x", { headers: { referer: "https://elders.example/aanbieder" } });
    expect(eigenVorigePagina(vreemd)).toBeNull();
    const r = teGrootAntwoord(eigenVorigePagina(eigen));
    expect(r.status).toBe(413);
    const html = await r.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("Een foto mag maximaal 5 MB zijn.");
    expect(html).toContain('href="/aanbieder/werkplekken/abc?x=%3Cb%3E"');
  });
});
