import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { bepaalClientAdres, CLIENT_ADRES_HEADER, installeerClientAdres, normaliseerAdres } from "./klantadres";

// Issue 8, defect 2: X-Forwarded-For was believed from anyone, so every new value was a fresh
// throttle bucket. Only a listed proxy's forwarding is believed now.

describe("the client's address", () => {
  it("is the socket's when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(bepaalClientAdres("198.51.100.7", "203.0.113.1", [])).toBe("198.51.100.7");
    expect(bepaalClientAdres("::ffff:198.51.100.7", "203.0.113.1, 10.0.0.1", [])).toBe("198.51.100.7");
    expect(bepaalClientAdres("::1", undefined, [])).toBe("::1");
  });
  it("is the socket's when the socket is not a trusted proxy", () => {
    expect(bepaalClientAdres("198.51.100.7", "203.0.113.1", ["10.0.0.2"])).toBe("198.51.100.7");
  });
  it("is read from the right of the chain behind a trusted proxy; the client's own entries are ignored", () => {
    expect(bepaalClientAdres("10.0.0.2", "203.0.113.1", ["10.0.0.2"])).toBe("203.0.113.1");
    // The client wrote "1.2.3.4" itself; the proxy appended the address it saw.
    expect(bepaalClientAdres("10.0.0.2", "1.2.3.4, 203.0.113.1", ["10.0.0.2"])).toBe("203.0.113.1");
    // Two trusted proxies in a row.
    expect(bepaalClientAdres("10.0.0.2", "1.2.3.4, 203.0.113.1, 10.0.0.3", ["10.0.0.2", "10.0.0.3"])).toBe("203.0.113.1");
    expect(bepaalClientAdres("10.0.0.2", ["1.2.3.4", "203.0.113.1"], ["10.0.0.2"])).toBe("203.0.113.1");
  });
  it("falls back to the socket for a missing or malformed chain", () => {
    expect(bepaalClientAdres("10.0.0.2", undefined, ["10.0.0.2"])).toBe("10.0.0.2");
    expect(bepaalClientAdres("10.0.0.2", "onzin", ["10.0.0.2"])).toBe("10.0.0.2");
    expect(bepaalClientAdres(undefined, "203.0.113.1", [])).toBe("onbekend");
  });
  it("normalises addresses", () => {
    expect(normaliseerAdres("::FFFF:192.0.2.1")).toBe("192.0.2.1");
    expect(normaliseerAdres("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normaliseerAdres("niet-een-adres")).toBeNull();
  });
});

describe("the request hook", () => {
  let server: http.Server;
  afterAll(() => new Promise<void>((klaar) => server.close(() => klaar())));

  it("stamps the socket's address on every request and overwrites a forged value", async () => {
    installeerClientAdres([]);
    installeerClientAdres([]); // once is enough; a second call changes nothing
    server = http.createServer((req, res) => res.end(JSON.stringify(req.headers[CLIENT_ADRES_HEADER])));
    await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", () => klaar()));
    const { port } = server.address() as AddressInfo;
    const antwoord = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { "X-Forwarded-For": "203.0.113.9", [CLIENT_ADRES_HEADER]: "203.0.113.10" },
    });
    expect(await antwoord.json()).toBe("127.0.0.1");
  });
});
