import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Ingelogd } from "@/domain/gebruiker";
import { ACTIES, mag, type Actie } from "@/domain/permissies";
import { AANBIEDER_ROLLEN, GEMEENTE_ROLLEN, ROLLEN, type Rol } from "@/domain/rollen";
import { Prisma } from "@/generated/prisma/client";
import type { Query, UseCase } from "@/server/pipeline";
import { als } from "../support/als";
import { testDb } from "../support/database";

// The front door (issue 22, src/server/pipeline/index.ts): every export of a module under
// src/server/<dir>/ is a use case, a query, or on the short allow-list below. Each one that is not
// public refuses an anonymous caller and a caller without the permission (or of the wrong kind),
// and such a refused call writes nothing but its audit record. So the permission table
// (src/domain/permissies.ts) covers the code, not only the table: a use case or query whose guard is
// dropped or loosened fails here, by module and name.

const SERVER = path.resolve("src/server");

/** Whole directories that are no entry points, with the reason. */
const INFRASTRUCTUUR: Record<string, string> = {
  // The session itself: huidigeGebruiker, vereisGebruiker, the sign-in steps with their own
  // throttling. They decide who the caller is; the door then decides what the caller may.
  auth: "sessie en inloggen: bepaalt wie de beller is",
  // The door itself: defineUseCase, defineQuery and their adapters.
  pipeline: "de voordeur zelf",
  // Sending mail and finding coordinates: called by use cases with already-checked input.
  mail: "verzending van berichten, aangeroepen door use cases",
  geo: "postcode → coördinaten, zonder gebruiker",
};

/** Single exports that are no entry point and may stay (types are gone at runtime, so not listed). */
const TOEGESTAAN: Record<string, readonly string[]> = {};

// --- the modules ------------------------------------------------------------------------------

const isIntern = (rel: string) => rel.split("/").includes("intern") || path.basename(rel) === "intern.ts";

const modules = fs
  .readdirSync(SERVER, { recursive: true, encoding: "utf8" })
  .map((f) => f.split(path.sep).join("/"))
  .filter((f) => f.includes("/") && f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
  .filter((f) => !isIntern(f) && !((f.split("/")[0] ?? "") in INFRASTRUCTUUR))
  .sort();

type Ingang = (UseCase | Query<unknown>) & { soort: "use-case" | "query" };
const isIngang = (x: unknown): x is Ingang =>
  typeof x === "function" && ((x as { soort?: unknown }).soort === "use-case" || (x as { soort?: unknown }).soort === "query");

const geladen: { module: string; naam: string; waarde: unknown }[] = [];
for (const m of modules) {
  const exports = (await import(path.join(SERVER, m))) as Record<string, unknown>;
  for (const [naam, waarde] of Object.entries(exports)) geladen.push({ module: m, naam, waarde });
}
const ingangen = geladen.filter((e): e is { module: string; naam: string; waarde: Ingang } => isIngang(e.waarde));

describe("every export under src/server/*/ is a use case, a query, or allowed", () => {
  it("finds the modules and their entry points (so an empty glob cannot pass)", () => {
    expect(modules.length).toBeGreaterThan(30);
    expect(ingangen.length).toBeGreaterThan(60);
  });

  it("has no other exports", () => {
    const afwijkend = geladen
      .filter((e) => !isIngang(e.waarde))
      .filter((e) => !TOEGESTAAN[e.module]?.includes(e.naam))
      .map((e) => `src/server/${e.module} › ${e.naam}: geen use case of query (defineUseCase/defineQuery, of naar intern/src/domain)`);
    expect(afwijkend).toEqual([]);
  });

  it("keeps the lists of exceptions honest: every name on them exists and is not already moved", () => {
    const bestaat = (module: string, naam: string) =>
      geladen.some(
        (e) =>
          e.module === module &&
          e.naam === naam &&
          (!isIngang(e.waarde) || (AANBIEDER_ACTIES.includes(e.waarde.toegang as Actie) && e.waarde.wie !== "aanbieder")),
      );
    const verouderd = Object.entries(TOEGESTAAN).flatMap(([module, namen]) =>
      namen.filter((n) => !bestaat(module, n)).map((n) => `src/server/${module} › ${n}: staat op een lijst maar is (nu) geen uitzondering`),
    );
    expect(verouderd).toEqual([]);
  });
});

// --- the refusals -----------------------------------------------------------------------------

/**
 * Entry points open to anyone ("publiek") or to any signed-in user ("ingelogd"), with the reason.
 * Loosening another one's `toegang` fails here, since the permission table cannot check it then.
 */
const OPEN: Record<string, { waarom: string; acties?: readonly Actie[] }> = {
  "declaraties/beoordelen.ts › wachtrij": {
    waarom: "een van twee permissies: wie declaraties beoordeelt of betaalt",
    acties: ["declaratie:beoordelen", "declaratie:betalen"],
  },
  "declaraties/betaalruns.ts › betaalruns": {
    waarom: "een van twee permissies: wie declaraties beoordeelt of betaalt",
    acties: ["declaratie:beoordelen", "declaratie:betalen"],
  },
  "declaraties/open-regels.ts › openRegels": {
    waarom: "een van twee permissies: wie declaraties beoordeelt of betaalt",
    acties: ["declaratie:beoordelen", "declaratie:betalen"],
  },
  "declaraties/overzichten.ts › overzichtPerAanbieder": {
    waarom: "een van twee permissies: wie declaraties beoordeelt of betaalt",
    acties: ["declaratie:beoordelen", "declaratie:betalen"],
  },
  "declaraties/overzichten.ts › overzichtPerProduct": {
    waarom: "een van twee permissies: wie declaraties beoordeelt of betaalt",
    acties: ["declaratie:beoordelen", "declaratie:betalen"],
  },
  "toewijzingen/eindverantwoording.ts › trajectAfsluitingStatus": {
    waarom: "ingelogd: de aanbieder van de toewijzing of de gemeente; de load kiest wie (zie de query)",
  },
  "toewijzingen/herindicatie.ts › vervolgProducten": {
    waarom: "ingelogd: de lijst van producten waarop verlengd kan worden, niets persoonlijks",
  },
  "accounts/uitnodigen.ts › aanvaardUitnodiging": { waarom: "publiek: de link in de uitnodigingsmail is het bewijs" },
  "accounts/uitnodigen.ts › uitnodigingStatus": { waarom: "publiek: de link in de uitnodigingsmail is het bewijs" },
  "werkplekken/zoeken.ts › zoekWerkplekken": { waarom: "publiek: de openbare catalogus" },
  "werkplekken/detail.ts › gepubliceerdeWerkplek": { waarom: "publiek: de openbare catalogus" },
  "werkplekken/detail.ts › werkplekkenInDeBuurt": { waarom: "publiek: de openbare catalogus" },
  "werkplekken/statistiek.ts › aantalGepubliceerd": { waarom: "publiek: de openbare catalogus" },
  "interesse/indienen.ts › dienInteresseIn": { waarom: "publiek: het interesseformulier op de openbare site, voor inwoners" },
  "werkplekken/eigen.ts › eigenAanbieder": { waarom: "ingelogd, alleen aanbieders (wie): de naam van de eigen organisatie" },
  // Issue 23: everyone turns their own reminder mails off or on; the id comes from the session.
  "herinneringen/instellen.ts › mijnHerinneringen": { waarom: "ingelogd: de eigen instelling voor e-mailherinneringen" },
  "herinneringen/instellen.ts › zetHerinneringen": { waarom: "ingelogd: de eigen e-mailherinneringen aan- of uitzetten" },
  "fotos/toegang.ts › fotoZichtbaar": {
    waarom: "publiek: een foto van een gepubliceerde werkplek is openbaar; de rest alleen eigen/inhoudscheck",
  },
  // Either of two permissions (all berichten, or those of the own aanbieder), checked by
  // magGebruiker: a role with neither is still refused, and tried below.
  "iwmo/berichtenverkeer.ts › leesBerichtenIn": { waarom: "een van twee permissies", acties: ["iwmo:berichten", "iwmo:berichten-eigen"] },
  "iwmo/berichtenverkeer.ts › downloadTeVerzenden": {
    waarom: "een van twee permissies",
    acties: ["iwmo:berichten", "iwmo:berichten-eigen"],
  },
  "iwmo/berichten.ts › berichtenLijst": { waarom: "een van twee permissies", acties: ["iwmo:berichten", "iwmo:berichten-eigen"] },
  "iwmo/berichten.ts › berichtTermijnen": { waarom: "een van twee permissies", acties: ["iwmo:berichten", "iwmo:berichten-eigen"] },
  "iwmo/berichten.ts › openVerzoeken": { waarom: "een van twee permissies", acties: ["iwmo:berichten", "iwmo:berichten-eigen"] },
  "iwmo/berichten.ts › berichtBestand": { waarom: "een van twee permissies", acties: ["iwmo:berichten", "iwmo:berichten-eigen"] },
  "iwmo/berichten.ts › aantalTeVerzenden": { waarom: "een van twee permissies", acties: ["iwmo:berichten", "iwmo:berichten-eigen"] },
  "iwmo/berichten.ts › aanbiedersMetAgb": { waarom: "een van twee permissies", acties: ["iwmo:berichten", "iwmo:instellen"] },
  "iwmo/berichten.ts › gemeentecodeInstelling": { waarom: "een van twee permissies", acties: ["iwmo:berichten", "iwmo:instellen"] },
};

/** Permissions only aanbieder roles hold: their entry points read or change the caller's own organisation. */
const AANBIEDER_ACTIES = ACTIES.filter((a) => ROLLEN.every((r) => !mag(r, a) || AANBIEDER_ROLLEN.includes(r)));

/** What the declarations themselves must say, beyond the refusals. */
function gebreken(e: { module: string; naam: string; waarde: Ingang }): string[] {
  const { toegang, wie } = e.waarde;
  const uit: string[] = [];
  const sleutel = `${e.module} › ${e.naam}`;
  if ((toegang === "publiek" || toegang === "ingelogd") && !(sleutel in OPEN))
    uit.push(`src/server/${sleutel}: toegang "${toegang}" maar niet op de lijst OPEN (welke permissie hoort erbij?)`);
  if (AANBIEDER_ACTIES.includes(toegang as Actie) && wie !== "aanbieder")
    uit.push(`src/server/${sleutel}: "${toegang}" is van de eigen aanbieder, dus wie: "aanbieder" ontbreekt`);
  return uit;
}

const MODELLEN = Object.values(Prisma.ModelName).filter((m) => m !== "AuditRegel");
type Teller = { count: () => Promise<number> };
async function stand(): Promise<Record<string, number>> {
  const uit: Record<string, number> = {};
  const tabellen = testDb as unknown as Record<string, Teller | undefined>;
  for (const m of MODELLEN) {
    const tabel = tabellen[m.charAt(0).toLowerCase() + m.slice(1)];
    if (!tabel) throw new Error(`Geen Prisma-model ${m}`);
    uit[m] = await tabel.count();
  }
  return uit;
}

/** One user per role, stored; and per role one of the wrong kind (an aanbieder role without its organisation, a gemeente role with one). */
const gewoon = new Map<Rol, Ingelogd>();
const scheef = new Map<Rol, Ingelogd>();
beforeAll(async () => {
  for (const rol of ROLLEN) gewoon.set(rol, await als(rol, { db: testDb, id: `voordeur-${rol.toLowerCase()}` }));
  const eenAanbieder = [...gewoon.values()].find((g) => g.aanbiederId)?.aanbiederId ?? null;
  for (const rol of ROLLEN)
    scheef.set(
      rol,
      als(rol, { id: `voordeur-scheef-${rol.toLowerCase()}`, aanbiederId: AANBIEDER_ROLLEN.includes(rol) ? null : eenAanbieder }),
    );
});

const gebruiker = (m: Map<Rol, Ingelogd>, rol: Rol) => {
  const g = m.get(rol);
  if (!g) throw new Error(`Geen testgebruiker voor ${rol}`);
  return g;
};

/** Who must be refused (reden "geen-toegang") by one entry point, with a description for the failure. */
function weigeraars(e: { module: string; naam: string; waarde: Ingang }): { wie: string; g: Ingelogd }[] {
  const { toegang, wie } = e.waarde;
  const uit: { wie: string; g: Ingelogd }[] = [];
  const acties = OPEN[`${e.module} › ${e.naam}`]?.acties;
  if (acties) {
    const zonder = ROLLEN.find((r) => !acties.some((a) => mag(r, a)));
    if (zonder) uit.push({ wie: `${zonder} (zonder ${acties.join(" of ")})`, g: gebruiker(gewoon, zonder) });
  }
  const heeft = (r: Rol) => toegang === "publiek" || toegang === "ingelogd" || mag(r, toegang as Actie);
  if (toegang !== "publiek" && toegang !== "ingelogd") {
    const zonder = ROLLEN.find((r) => !mag(r, toegang));
    if (zonder) uit.push({ wie: `${zonder} (zonder ${toegang})`, g: gebruiker(gewoon, zonder) });
  }
  if (wie === "gemeente") {
    const r = AANBIEDER_ROLLEN.find(heeft) ?? "AANBIEDER_MEDEWERKER";
    uit.push({ wie: `${r} (een aanbieder; alleen voor de gemeente)`, g: gebruiker(gewoon, r) });
    const met = GEMEENTE_ROLLEN.find(heeft);
    if (met) uit.push({ wie: `${met} met een aanbiederId (geen gemeentegebruiker)`, g: gebruiker(scheef, met) });
  }
  if (wie === "aanbieder") {
    const r = GEMEENTE_ROLLEN.find(heeft);
    if (r) uit.push({ wie: `${r} (de gemeente; alleen voor een aanbieder)`, g: gebruiker(gewoon, r) });
    const zonderOrganisatie = AANBIEDER_ROLLEN.find(heeft);
    if (zonderOrganisatie)
      uit.push({ wie: `${zonderOrganisatie} zonder aanbiederId (geen aanbiedergebruiker)`, g: gebruiker(scheef, zonderOrganisatie) });
  }
  return uit;
}

const bewaakt = ingangen.filter((e) => e.waarde.toegang !== "publiek" || e.waarde.wie !== null);

describe("every guarded use case and query refuses callers without the right", () => {
  it("declares who may call it: open ones on the list OPEN, own-organisation ones for aanbieders only", () => {
    expect(AANBIEDER_ACTIES).toContain("declaratie:indienen");
    expect(ingangen.flatMap(gebreken)).toEqual([]);
    const weg = Object.keys(OPEN).filter(
      (k) => !ingangen.some((e) => `${e.module} › ${e.naam}` === k && ["publiek", "ingelogd"].includes(e.waarde.toegang)),
    );
    expect(weg, "op de lijst OPEN, maar niet (meer) open").toEqual([]);
  });

  it("finds enough guarded ones", () => {
    expect(bewaakt.length).toBeGreaterThan(50);
  });

  const label = (e: (typeof bewaakt)[number]) =>
    `src/server/${e.module} › ${e.naam} (${[e.waarde.soort, e.waarde.toegang, e.waarde.wie].filter(Boolean).join(", ")})`;
  it.each(bewaakt.map((e) => [label(e), e] as const))("%s", async (label, e) => {
    const { waarde } = e;
    const voor = await stand();
    const anoniem = await waarde(null, {});
    expect(anoniem, `${label}, anoniem`).toMatchObject({ ok: false, reden: "niet-ingelogd" });
    for (const w of weigeraars(e)) {
      const r = await waarde(w.g, {});
      expect(r, `${label}, als ${w.wie}`).toMatchObject({ ok: false, reden: "geen-toegang" });
    }
    expect(await stand(), `${label}: een geweigerde aanroep schreef toch iets (anders dan het logboek)`).toEqual(voor);
  });
});
