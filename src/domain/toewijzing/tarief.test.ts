import { describe, expect, it } from "vitest";
import { producten } from "../../../prisma/data/referentie";
import { calendarDate as d } from "../kalender";
import { controleerTarief, ontbrekendeTariefjaren, tariefVoorDatum, tariefWaarschuwingen, type TariefRij } from "./tarief";

const product = (code: string) => producten.find((p) => p.code === code)!;

// R-TAR-1: the 2024 tariffs from RULES, typed over by hand; 2025 invented for the year boundary.
const tarieven: TariefRij[] = [
  { productCode: "OP_TREDE_3", jaar: 2024, bedragCent: 1063 },
  { productCode: "OP_TREDE_3", jaar: 2025, bedragCent: 1090 },
  { productCode: "OP_TREDE_4", jaar: 2024, bedragCent: 786 },
  { productCode: "ONTW_4", jaar: 2024, bedragCent: 31904 },
];

describe("tariefVoorDatum (R-TAR-2)", () => {
  it("31 December uses that year, 1 January the next", () => {
    expect(tariefVoorDatum(tarieven, "OP_TREDE_3", d("2024-12-31"))?.bedragCent).toBe(1063);
    expect(tariefVoorDatum(tarieven, "OP_TREDE_3", d("2025-01-01"))?.bedragCent).toBe(1090);
  });
  it("a year without a tariff gives null, never another year or 0", () => {
    expect(tariefVoorDatum(tarieven, "OP_TREDE_4", d("2025-01-01"))).toBeNull();
    expect(tariefVoorDatum(tarieven, "OP_TREDE_4", d("2023-12-31"))).toBeNull();
  });
  it("matches the product", () => {
    expect(tariefVoorDatum(tarieven, "ONTW_4", d("2024-06-01"))?.bedragCent).toBe(31904);
    expect(tariefVoorDatum(tarieven, "ONTW_3", d("2024-06-01"))).toBeNull();
  });
});

describe("controleerTarief (R-TAR-2: a warning, issue 21 item 20)", () => {
  it("passes when the start year has a tariff", () => {
    expect(controleerTarief(product("OP_TREDE_4"), d("2024-12-31"), tarieven)).toEqual([]);
  });
  it("names the year and the product when it is missing", () => {
    expect(controleerTarief(product("OP_TREDE_4"), d("2025-01-01"), tarieven)).toEqual([
      {
        regel: "R-TAR-2",
        melding:
          "Voor 2025 is nog geen tarief vastgesteld voor Werkplek op trede 4. Uren die in 2025 gewerkt worden, kunnen pas gedeclareerd worden als dat tarief er is.",
      },
    ]);
    expect(controleerTarief(product("ONTW_4"), d("2026-03-01"), tarieven)[0]!.melding).toMatch(
      /^Voor 2026 is nog geen tarief vastgesteld voor Ontwikkeling naar trede 4\./,
    );
  });
  it("products priced by the municipality need no tariff", () => {
    expect(controleerTarief(product("ORIENTATIE"), d("2026-03-01"), [])).toEqual([]);
    expect(controleerTarief(product("BG_BASIS"), d("2026-03-01"), [])).toEqual([]);
  });
});

describe("later years (R-TAR-2)", () => {
  it("op-trede over three years lists the later years without a tariff", () => {
    expect(ontbrekendeTariefjaren(product("OP_TREDE_3"), d("2024-06-01"), d("2026-05-31"), tarieven)).toEqual([2026]);
    expect(ontbrekendeTariefjaren(product("OP_TREDE_4"), d("2024-06-01"), d("2026-05-31"), tarieven)).toEqual([2025, 2026]);
  });
  it("a period within one year, or ending on 31 December, needs nothing more", () => {
    expect(ontbrekendeTariefjaren(product("OP_TREDE_4"), d("2024-01-01"), d("2024-12-31"), tarieven)).toEqual([]);
  });
  it("ontwikkeling is priced by its start year only", () => {
    expect(ontbrekendeTariefjaren(product("ONTW_4"), d("2024-09-01"), d("2025-02-28"), tarieven)).toEqual([]);
  });
  it("warns in Dutch", () => {
    expect(tariefWaarschuwingen(product("OP_TREDE_4"), d("2024-06-01"), d("2025-05-31"), tarieven)).toEqual([
      {
        regel: "R-TAR-2",
        melding:
          "Voor 2025 is nog geen tarief vastgesteld voor Werkplek op trede 4. Uren die in 2025 gewerkt worden, kunnen pas gedeclareerd worden als dat tarief er is.",
      },
    ]);
  });
});
