import { beforeAll, describe, expect, it } from "vitest";
import { maakAanbieder } from "../fixtures/werkplekken";
import { testDb } from "../support/database";
import { markeerMeldingGelezen } from "@/server/toewijzingen/traject-melding";
import { stopOrientatie } from "@/server/orientaties/orientaties";
import { legVergoedingVast } from "@/server/declaraties/vergoedingen";

// Issue 21 item 31 beyond the inwoner matrix (inwoners-toegang.test.ts): use cases keyed by a
// melding, an oriëntatie or a toewijzing in another field log a refusal for a missing permission
// with the inwoner it concerned, so the audit log filtered on the inwoner shows the attempt.

const ids: Record<string, string> = {};
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const persoon = (rol: string, aanbiederId: string | null = null) => ({
  id: `id-${rol}`,
  naam: rol,
  email: `${rol.toLowerCase()}@t.example`,
  rol: rol as never,
  aanbiederId,
});

beforeAll(async () => {
  const db = testDb;
  ids.aanbieder = (await maakAanbieder(db)).id;
  ids.staf = (await db.gebruiker.create({ data: { email: "tr@t.example", naam: "Tessa", rol: "TRAJECTREGISSEUR" } })).id;
  ids.inwoner = (
    await db.inwoner.create({
      data: {
        bsn: "111222333",
        voornamen: "Sanne",
        achternaam: "Vries",
        geboortedatum: d("1990-03-15"),
        straat: "Hoofdstraat",
        huisnummer: "1",
        postcode: "7311AB",
        plaats: "Apeldoorn",
        uitkering: "PARTICIPATIEWET",
        zoeknaam: "sanne vries",
        contactpersoonId: ids.staf,
      },
    })
  ).id;
  ids.toewijzing = (
    await db.toewijzing.create({
      data: {
        nummer: "TW-2026-900001",
        inwonerId: ids.inwoner,
        productCode: "OP_TREDE_3",
        aanbiederId: ids.aanbieder,
        startdatum: d("2026-01-05"),
        einddatum: d("2027-01-04"),
        urenPerWeek: 12,
        status: "GESTART",
        gestartOp: d("2026-01-05"),
        afgegevenDoorId: ids.staf,
        contactpersoonId: ids.staf,
      },
    })
  ).id;
  ids.melding = (
    await db.melding.create({
      data: { toewijzingId: ids.toewijzing, soort: "CALAMITEIT", watGebeurde: "Iets", aanpak: "Zo", gemeldDoorId: ids.staf },
    })
  ).id;
  ids.orientatie = (
    await db.orientatie.create({
      data: {
        nummer: "OR-2026-000001",
        inwonerId: ids.inwoner,
        begeleiderId: ids.staf,
        startdatum: d("2026-11-02"),
        einddatum: d("2026-12-14"),
      },
    })
  ).id;
});

describe("a refusal for a missing permission names the inwoner", () => {
  it.each([
    ["melding-gelezen", async () => markeerMeldingGelezen],
    ["orientatie-stoppen", async () => stopOrientatie],
    ["vrijwilligersvergoeding-vastleggen", async () => legVergoedingVast],
  ] as const)("%s", async (activiteit, laad) => {
    const useCase = await laad();
    const invoer = {
      id: activiteit === "melding-gelezen" ? ids.melding : ids.orientatie,
      stopreden: "Verhuisd naar een andere gemeente.",
      toewijzingId: ids.toewijzing,
      maand: "2026-10",
      soort: "ALGEMEEN",
      bedrag: "10,00",
    };
    // An aanbieder's employee may do none of the gemeente's; a contact person records no allowance.
    const wie =
      activiteit === "vrijwilligersvergoeding-vastleggen" ? persoon("TRAJECTREGISSEUR") : persoon("AANBIEDER_MEDEWERKER", ids.aanbieder);
    const r = await (useCase as (g: unknown, i: unknown) => Promise<{ ok: boolean; formError?: string | null }>)(wie, invoer);
    expect(r.ok).toBe(false);
    expect(r.formError).toMatch(/^(Je (hebt geen|mag)|Alleen het Centrum)/);
    const log = await testDb.auditRegel.findMany({ where: { activiteit, uitkomst: "geweigerd" } });
    expect(log.map((l) => l.betrokkene)).toEqual([ids.inwoner]);
  });
});
