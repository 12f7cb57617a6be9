import "server-only";
import type { z } from "zod";
import type { Ingelogd } from "@/domain/gebruiker";
import { eersteFoutPerVeld } from "@/domain/veldfouten";
import { audit } from "../audit";
import { NIET_GEVONDEN, ONLEESBAAR, type Gelezen, type Reden, type Weigering } from "./uitkomst";
import { toegangsweigering, type GebruikerVoor, type Toegang, type Wie, type WieMag } from "./wie";

// The one front door for every read (issue 22): who may → parse → scoped load → audit → data.
//
// A query is defined once with `defineQuery({...})` and becomes a function
// `(gebruiker, invoer?, omgeving?) → Gelezen<T>`: `{ ok: true, data }` or a refusal with a
// machine-readable reason (./uitkomst.ts). Pages call it through `lees` (./pagina.ts), which turns a
// refusal into the sign-in page, /geen-toegang or a 404; route handlers through ./http.ts; tests
// directly, with a user of their choosing.
//
// The read audit (Logboek Dataverwerkingen) is written here, not by each query: one record per
// inwoner whose data was read (`betrokkenen`), and a refusal is logged when the input already named
// an inwoner (`betrokkene`). A query about nothing personal writes no audit record.

export type QueryDefinitie<S extends z.ZodType, T, A extends Toegang, W extends Wie | undefined> = WieMag<A, W> & {
  /** The activity in the audit log, e.g. "inwoner-bekijken". */
  activiteit: string;
  /** Where it is read (the page), for the audit log; a caller may name another page. */
  bron: string;
  /** Parses the parameters (ids, a month, filters). Anything it refuses is `ongeldig`. */
  schema: S;
  /**
   * Loads the data scoped to the caller (`where: { id, aanbiederId }`). `null` means not found or
   * not yours: the same answer, so ids of others reveal nothing.
   */
  laad: (ctx: { gebruiker: GebruikerVoor<A, W>; invoer: z.output<S>; nu: Date }) => Promise<T | null>;
  nietGevonden?: string;
  /**
   * The inwoners (their pseudonyms, never a BSN) whose data this answer shows: one read record each.
   * An entry `{ betrokkene, toelichting }` brings its own note, for a note that depends on the row
   * read (a message's identification); its betrokkene may be null (a read of a BSN that is no
   * registered inwoner, logged on the message). Such entries are each their own record.
   */
  betrokkenen?: (data: T, invoer: z.output<S>) => Betrokkene | readonly Betrokkene[];
  /**
   * The inwoner the input names (an inwoner id, or looked up from a toewijzing id), so that a
   * refused or failed read is logged with them (ADR 0008/0030).
   */
  betrokkene?: (invoer: z.output<S>) => string | null | Promise<string | null>;
  /**
   * A read that concerns inwoners as a group (a report) is logged once, without a betrokkene,
   * when `betrokkenen` names nobody.
   */
  auditZonderBetrokkene?: boolean;
  /** A short, non-personal note on each read record ("zoekvraag: bsn"). */
  toelichting?: (invoer: z.output<S>) => string | null;
};

/** One read record: an inwoner's pseudonym (with the query's note), or one with its own note. */
export type Betrokkene = string | null | { betrokkene: string | null; toelichting: string };

export type QueryOmgeving = { nu?: Date; bron?: string };

export type Query<T> = ((gebruiker: Ingelogd | null, invoer?: unknown, omgeving?: QueryOmgeving) => Promise<Gelezen<T>>) & {
  soort: "query";
  activiteit: string;
  bron: string;
  toegang: Toegang;
  wie: Wie | null;
};

/** The data a query gives when it succeeds. */
export type DataVan<Q> = Q extends Query<infer T> ? T : never;

const GEEN_PARAMETERS = {};

export function defineQuery<S extends z.ZodType, T, A extends Toegang = Toegang, W extends Wie | undefined = undefined>(
  def: QueryDefinitie<S, T, A, W>,
): Query<T> {
  const persoonlijk = Boolean(def.betrokkenen || def.betrokkene || def.auditZonderBetrokkene);
  const lees = async (gebruiker: Ingelogd | null, ruw: unknown = GEEN_PARAMETERS, omgeving: QueryOmgeving = {}): Promise<Gelezen<T>> => {
    const bron = omgeving.bron ?? def.bron;
    const weiger = async (reden: Reden, melding: string, betrokkene: string | null): Promise<Weigering> => {
      if (persoonlijk) await audit({ gebruikerId: gebruiker?.id, activiteit: def.activiteit, bron, uitkomst: "geweigerd", betrokkene });
      return { ok: false, reden, melding };
    };
    const r = def.schema.safeParse(ruw);
    const betrokkene = r.success && def.betrokkene ? await def.betrokkene(r.data as z.output<S>) : null;

    // 1. Who may read this: before anything is loaded.
    const weigering = toegangsweigering(def, gebruiker);
    if (weigering) return weiger(weigering.reden, weigering.melding, betrokkene);
    // 2. The parameters.
    if (!r.success) {
      const velden = eersteFoutPerVeld(r.error);
      return weiger("ongeldig", Object.values(velden)[0] ?? ONLEESBAAR, null);
    }
    const invoer = r.data as z.output<S>;
    // 3. The scoped load.
    const data = await def.laad({ gebruiker: gebruiker as GebruikerVoor<A, W>, invoer, nu: omgeving.nu ?? new Date() });
    if (data === null) return weiger("niet-gevonden", def.nietGevonden ?? NIET_GEVONDEN, betrokkene);
    // 4. The read audit: one record per inwoner shown.
    if (def.betrokkenen || def.auditZonderBetrokkene) {
      const wie = def.betrokkenen?.(data, invoer) ?? null;
      const lijst: readonly Betrokkene[] = Array.isArray(wie) ? wie : [wie as Betrokkene];
      const toelichting = def.toelichting?.(invoer) ?? null;
      const gelukt = { gebruikerId: gebruiker?.id, activiteit: def.activiteit, bron, uitkomst: "gelukt" as const };
      // A report about inwoners as a group: one record without a betrokkene.
      if (def.auditZonderBetrokkene && !lijst.some(Boolean)) await audit({ ...gelukt, betrokkene: null, toelichting });
      for (const b of new Set(lijst))
        if (typeof b === "string") await audit({ ...gelukt, betrokkene: b, toelichting });
        else if (b) await audit({ ...gelukt, betrokkene: b.betrokkene, toelichting: b.toelichting });
    }
    return { ok: true, data };
  };
  return Object.assign(lees, {
    soort: "query" as const,
    activiteit: def.activiteit,
    bron: def.bron,
    toegang: def.toegang as Toegang,
    wie: def.wie ?? null,
  });
}
