import { describe, expect, it } from "vitest";
import { leesTicket, maakTicket } from "./tussenstap";

describe("pending sign-in ticket", () => {
  process.env.AUTH_SECRET = "test-geheim";
  it("round-trips within five minutes", () => {
    const nu = 1_000_000;
    expect(leesTicket(maakTicket("u1", 3, nu), nu + 299_000)).toEqual({ gebruikerId: "u1", sessieVersie: 3, tot: nu + 300_000 });
    expect(leesTicket(maakTicket("u1", 3, nu), nu + 300_000)).toBeNull();
  });
  it("refuses a forged or altered ticket", () => {
    const t = maakTicket("u1", 1);
    const [data] = t.split(".");
    const anders = Buffer.from(JSON.stringify({ gebruikerId: "u2", sessieVersie: 1, tot: Date.now() + 1e6 })).toString("base64url");
    expect(leesTicket(`${anders}.${t.split(".")[1]}`)).toBeNull();
    expect(leesTicket(`${data}.x`)).toBeNull();
    expect(leesTicket("onzin")).toBeNull();
    expect(leesTicket(undefined)).toBeNull();
  });
});
