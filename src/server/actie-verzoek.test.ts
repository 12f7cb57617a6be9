import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { actieProbleem, antwoordVormKlopt, formulierActieId, formulierActieKlopt, padPatroon, type Bouw } from "./actie-verzoek";
import { teGrootVerzoek } from "./verzoekgrenzen";

// What the browser sends is written by React's own encodeReply: every such body must pass.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

const velden = (body: string | FormData) => (naam: string) => (typeof body === "string" ? (naam === "0" ? body : null) : body.get(naam));

function formulier() {
  const fd = new FormData();
  fd.append("email", "a@b.nl");
  fd.append("foto", new File([new Uint8Array([1, 2, 3])], "foto.jpg", { type: "image/jpeg" }));
  return fd;
}

describe("antwoordVormKlopt", () => {
  it("accepts what React's encodeReply writes for the portal's actions and more", async () => {
    const staat: Record<string, unknown> = { ok: false, fieldErrors: { email: "Vul je e-mailadres in" }, values: { email: "$geld" } };
    staat.nogEens = staat.fieldErrors; // a repeated object becomes a path reference to the root
    const voorbeelden: unknown[][] = [
      [undefined, formulier()],
      [staat, formulier()],
      ["toewijzing-1", undefined, formulier()],
      [],
      [new Map([["a", 1]]), new Set([1]), 10n, new Date(0), -0, Infinity, -Infinity, NaN, "$x", new Uint8Array([1])],
    ];
    for (const args of voorbeelden) expect(antwoordVormKlopt(velden(await encodeReply(args)))).toBe(true);
  });

  it.each([
    ["an empty body", ""],
    ["cut-off JSON", '["$K1",{"a":'],
    ["a root that is not a list", '"x"'],
    ["a reference to a missing field", '["$1"]'],
    ["a promise of a missing field", '["$@2"]'],
    ["a Map of a missing field", '["$Q1"]'],
    ["a bare $", '["$"]'],
    ["a server function", '["$h1"]'],
    ["a stream", '["$R1"]'],
    ["a bigint of 301 digits", `["$n${"1".repeat(301)}"]`],
    ["a bigint that is no number", '["$nzz"]'],
    ["a blob that is no file", '["$B1"]'],
  ])("refuses %s", (_naam, body) => {
    expect(antwoordVormKlopt(velden(body))).toBe(false);
  });

  it("refuses a multipart body without field 0, and a Map or Set whose field is no list", () => {
    const fd = new FormData();
    fd.append("__proto__", "x");
    expect(antwoordVormKlopt(velden(fd))).toBe(false);
    fd.append("0", '["$Q1","$W2"]');
    fd.append("1", "{}");
    fd.append("2", "[1]");
    expect(antwoordVormKlopt(velden(fd))).toBe(false);
  });
});

/** Whether the proxy refuses the call as unreadable (no build's action list: nothing is outdated). */
const onleesbaar = async (r: Request) => (await actieProbleem(r, null)) === "onleesbaar";

describe("actieProbleem: unreadable calls", () => {
  const post = (headers: Record<string, string>, body: BodyInit) => new Request("http://localhost/x", { method: "POST", headers, body });

  it("looks only at action calls from JavaScript, and reads a copy of the body", async () => {
    expect(await onleesbaar(post({ "Content-Type": "text/plain" }, ""))).toBe(false);
    expect(await onleesbaar(post({ "Next-Action": "7f", "Content-Type": "application/x-www-form-urlencoded" }, ""))).toBe(false);
    const goed = post({ "Next-Action": "7f", "Content-Type": "text/plain;charset=UTF-8" }, '["$undefined"]');
    expect(await onleesbaar(goed)).toBe(false);
    expect(await goed.text()).toBe('["$undefined"]');
  });

  it("finds an undecodable text and multipart body", async () => {
    expect(await onleesbaar(post({ "Next-Action": "7f", "Content-Type": "text/plain;charset=UTF-8" }, ""))).toBe(true);
    const fd = new FormData();
    fd.append("veld", "z".repeat(20_000));
    expect(await onleesbaar(new Request("http://localhost/x", { method: "POST", headers: { "Next-Action": "7f" }, body: fd }))).toBe(true);
    expect(await onleesbaar(post({ "Next-Action": "7f", "Content-Type": "multipart/form-data; boundary=x" }, "onzin"))).toBe(true);
  });
});

describe("formulierActieKlopt", () => {
  const form = (velden: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(velden)) fd.append(k, v);
    return fd;
  };

  it("accepts a form without bound arguments and one with them as React writes it", () => {
    expect(antwoordVormKlopt(velden(form({ email: "a@b.nl" })))).toBe(false); // no field 0: no action call
    expect(formulierActieKlopt(form({ $ACTION_ID_7f: "", email: "a@b.nl" }))).toBe(true);
    expect(formulierActieKlopt(form({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"7f","bound":"$@1"}', "$ACTION_1:1": '["t-1"]' }))).toBe(
      true,
    );
    expect(formulierActieKlopt(form({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"7f","bound":null}' }))).toBe(true);
  });

  it.each([
    ["metadata that is no JSON", { $ACTION_REF_1: "", "$ACTION_1:0": "onzin" }],
    ["no metadata", { $ACTION_REF_1: "" }],
    ["an id that is no text", { $ACTION_REF_1: "", "$ACTION_1:0": '{"id":1}' }],
    ["bound arguments that are missing", { $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"7f","bound":"$@1"}' }],
    ["bound arguments that are no list", { $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"7f","bound":"$@1"}', "$ACTION_1:1": '"x"' }],
  ])("refuses %s", (_naam, velden) => {
    expect(formulierActieKlopt(form(velden))).toBe(false);
  });

  it("finds a multipart body that cannot be read, with or without JavaScript", async () => {
    const kapot = (headers: Record<string, string>) =>
      new Request("http://localhost/x", {
        method: "POST",
        headers: { "Content-Type": "multipart/form-data; boundary=x", ...headers },
        body: "onzin",
      });
    expect(await onleesbaar(kapot({}))).toBe(true);
    expect(await onleesbaar(kapot({ "Next-Action": "7f" }))).toBe(true);
    expect(await onleesbaar(new Request("http://localhost/x", { method: "POST", body: form({ $ACTION_ID_7f: "", a: "b" }) }))).toBe(false);
  });
});

describe("actieProbleem: a form of an earlier build", () => {
  const formulier = (velden: Record<string, string>, headers: Record<string, string> = {}, pad = "/x") => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(velden)) fd.append(k, v);
    return new Request(`http://localhost${pad}`, { method: "POST", headers, body: fd });
  };
  // 7f01 and 7f02 are on page /x, 7f03 on /y; /download is a route handler
  const bouw: Bouw = {
    acties: new Map([
      ["7f01", [/^\/x$/]],
      ["7f02", [/^\/x$/]],
      ["7f03", [/^\/y$/]],
    ]),
    routeHandlers: [/^\/download$/],
  };

  it("names the action a form without JavaScript calls", () => {
    const fd = (velden: Record<string, string>) => {
      const f = new FormData();
      for (const [k, v] of Object.entries(velden)) f.append(k, v);
      return f;
    };
    expect(formulierActieId(fd({ email: "a@b.nl", $ACTION_ID_7f01: "" }))).toBe("7f01");
    expect(formulierActieId(fd({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"7f02","bound":null}' }))).toBe("7f02");
    expect(formulierActieId(fd({ email: "a@b.nl" }))).toBeNull();
  });

  it("finds a form whose action this build does not have, and only that", async () => {
    expect(await actieProbleem(formulier({ $ACTION_ID_7f01: "", email: "a@b.nl" }), bouw)).toBeNull();
    expect(await actieProbleem(formulier({ $ACTION_ID_7f99: "", email: "a@b.nl" }), bouw)).toBe("verouderd");
    expect(await actieProbleem(formulier({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"7f99","bound":null}' }), bouw)).toBe("verouderd");
    // a post to a route handler, or no build to compare with (development)
    expect(await actieProbleem(formulier({ email: "a@b.nl" }, {}, "/download"), bouw)).toBeNull();
    expect(await actieProbleem(formulier({ $ACTION_ID_7f99: "" }), null)).toBeNull();
    // from JavaScript too; an id that is no id at all cannot be read
    expect(await actieProbleem(formulier({ "0": '["$undefined"]' }, { "Next-Action": "7f99" }), bouw)).toBe("verouderd");
    expect(await actieProbleem(formulier({ "0": '["$undefined"]' }, { "Next-Action": "7f01" }), bouw)).toBeNull();
    expect(await actieProbleem(formulier({ "0": '["$undefined"]' }, { "Next-Action": "__proto__" }), bouw)).toBe("onleesbaar");
  });

  it("refuses a multipart post to a page that names no action, or an action that is not on that page", async () => {
    // Next.js answers these in English ("Invalid Server Action request.", "Server Action unavailable.")
    expect(await actieProbleem(formulier({ email: "a@b.nl" }), bouw)).toBe("onleesbaar");
    expect(await actieProbleem(formulier({ email: "a@b.nl" }, {}, "/bestaat-niet"), bouw)).toBe("onleesbaar");
    expect(await actieProbleem(formulier({ $ACTION_ID_7f03: "", email: "a@b.nl" }), bouw)).toBe("onleesbaar");
    expect(await actieProbleem(formulier({ $ACTION_ID_7f03: "", email: "a@b.nl" }, {}, "/y"), bouw)).toBeNull();
  });
});

describe("padPatroon", () => {
  it("turns an address of the build's routes manifest into a pattern on the request path", () => {
    const p = padPatroon("/werkplekken/[slug]");
    expect(p.test("/werkplekken/bakkerij-de-eik")).toBe(true);
    expect(p.test("/werkplekken/a%20b")).toBe(true);
    expect(p.test("/werkplekken")).toBe(false);
    expect(p.test("/werkplekken/a/b")).toBe(false);
    expect(padPatroon("/").test("/")).toBe(true);
    expect(padPatroon("/gemeente").test("/gemeente")).toBe(true);
    expect(padPatroon("/gemeente").test("/gemeentehuis")).toBe(false);
    expect(padPatroon("/api/auth/[...nextauth]").test("/api/auth/callback/credentials")).toBe(true);
    expect(padPatroon("/api/auth/[...nextauth]").test("/api/auth")).toBe(false);
  });
});

describe("with the size check before it (src/proxy.ts)", () => {
  it("still reads a body sent without Content-Length, which the size check counted", async () => {
    const stroom = (tekst: string) =>
      new ReadableStream({
        start(c) {
          c.enqueue(new TextEncoder().encode(tekst));
          c.close();
        },
      });
    const post = (tekst: string) =>
      new Request("http://localhost/x", {
        method: "POST",
        headers: { "Next-Action": "7f", "Content-Type": "text/plain;charset=UTF-8" },
        body: stroom(tekst),
        duplex: "half",
      } as RequestInit);
    const leeg = post("");
    expect(await teGrootVerzoek(leeg)).toBe(false);
    expect(await onleesbaar(leeg)).toBe(true);
    const goed = post('["$undefined"]');
    expect(await teGrootVerzoek(goed)).toBe(false);
    expect(await onleesbaar(goed)).toBe(false);
  });
});
