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
    expect(r.success && r.data.contractVan.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(r.success && r.data.contractTot).toBeNull();
  });
  it("reads the contract dates as calendar days, also as typed the Dutch way", () => {
    const r = aanbiederSchema.safeParse({ ...geldig, contractVan: "1-3-2026", contractTot: "2028-02-29" });
    expect(r.success && [r.data.contractVan.toISOString(), r.data.contractTot?.toISOString()]).toEqual([
      "2026-03-01T00:00:00.000Z",
      "2028-02-29T00:00:00.000Z",
    ]);
  });
  it.each([
    ["kvkNummer", "1234567", "8 cijfers"],
    ["kvkNummer", "1234567a", "8 cijfers"],
    ["agbCode", "123456789", "8 cijfers"],
    ["website", "schakel.example", "https://"],
    // Issue 8, defect 7: a day that does not exist is refused, not rolled over to 2 March.
    ["contractVan", "2026-02-30", "bestaande datum"],
    ["contractVan", "", "begindatum"],
    ["contractTot", "2026-02-29", "bestaande datum"],
    ["contractVan", "1999-12-31", "tussen 2000 en 2100"],
    ["contractTot", "2025-12-31", "voor de begindatum"],
  ])("refuses %s = %j", (veld, waarde, melding) => {
    const r = aanbiederSchema.safeParse({ ...geldig, [veld]: waarde });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.find((i) => i.path[0] === veld)?.message).toContain(melding);
  });
});
