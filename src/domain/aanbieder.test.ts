import { describe, expect, it } from "vitest";
import { aanbiederSchema } from "./aanbieder";

const geldig = {
  naam: "Kringloop De Schakel",
  kvkNummer: "12345678",
  agbCode: "87654321",
  website: "",
  contractVan: "2026-01-01",
  contractTot: "",
  contactNaam: "Jan Jansen",
  contactEmail: "Jan@Schakel.example",
  contactTelefoon: "",
  gebruikerNaam: "Jan Jansen",
  gebruikerEmail: "jan@schakel.example",
};

describe("aanbiederSchema", () => {
  it("accepts a complete registration and lower-cases e-mail", () => {
    const r = aanbiederSchema.safeParse(geldig);
    expect(r.success && r.data.contactEmail).toBe("jan@schakel.example");
  });
  it.each([
    ["kvkNummer", "1234567", "8 cijfers"],
    ["kvkNummer", "1234567a", "8 cijfers"],
    ["agbCode", "123456789", "8 cijfers"],
    ["website", "schakel.example", "https://"],
    ["contractVan", "1-1-2026", "jjjj-mm-dd"],
    ["contractTot", "2025-12-31", "voor de begindatum"],
  ])("refuses %s = %j", (veld, waarde, melding) => {
    const r = aanbiederSchema.safeParse({ ...geldig, [veld]: waarde });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.find((i) => i.path[0] === veld)?.message).toContain(melding);
  });
});
