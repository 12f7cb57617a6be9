import "server-only";
import type { z } from "zod";
import type { Ingelogd } from "@/domain/gebruiker";
import { eersteFoutPerVeld } from "@/domain/veldfouten";
import { audit } from "../audit";
import { formFout, NIET_GEVONDEN, ONLEESBAAR, veldFouten, type Mislukt, type Reden, type Uitkomst } from "./uitkomst";
import { toegangsweigering, type GebruikerVoor, type Toegang, type Wie, type WieMag } from "./wie";

// The one front door for every change (issue 8, docs/decisions/0009):
// who may → parse → scoped load → do → audit → result.
//
// A use case is defined once with `defineUseCase({...})` and becomes a function `(gebruiker, invoer)`.
// `invoer` is `unknown` on purpose: whatever a browser, a crafted request or a test sends is parsed
// by the use case's zod schema before anything else looks at it. Server actions wrap it with
// `formActie` (./formulier.ts), which loads the signed-in user once per request and turns FormData
// into a plain object; tests call the use case with a user of their choosing.

/** What the use case may add to its audit record while it runs. */
export type AuditNotitie = {
  /** The inwoner's pseudonym (their random id, never the BSN) when the data is personal. */
  betrokkene?: string | null;
  /** A short, non-personal description of what changed ("TW-2026-000001: gestart"). */
  toelichting?: string | null;
};

export type Context<I, D, G = Ingelogd | null> = {
  gebruiker: G;
  invoer: I;
  doel: D;
  /** Fill in to shape the audit record of this call. */
  audit: AuditNotitie;
  /** The moment of the call; tests pass another one. */
  nu: Date;
};

export type UseCaseDefinitie<S extends z.ZodType, D, U extends Uitkomst, A extends Toegang, W extends Wie | undefined> = WieMag<A, W> & {
  /** The activity in the audit log, e.g. "branche-toevoegen". */
  activiteit: string;
  /** Where it comes from (route or action), for the audit log. */
  bron: string;
  /** Parses the raw input. Comes from src/domain, the same schema the browser uses. */
  schema: S;
  /**
   * Loads the target scoped to the caller (`where: { id, aanbiederId }`). `null` means: not found
   * or not yours, which are the same answer so ids of others reveal nothing.
   */
  laad?: (ctx: { gebruiker: GebruikerVoor<A, W>; invoer: z.output<S>; nu: Date }) => Promise<D | null>;
  nietGevonden?: string;
  /** Show "not found" at this field instead of above the form (a choice from a list). */
  nietGevondenVeld?: string;
  /**
   * The inwoner's pseudonym known from the input (an inwoner id, or looked up from a toewijzing id),
   * so that every refusal, also for a missing permission, is logged with it (ADR 0008/0009/0030).
   */
  betrokkene?: (invoer: z.output<S>) => string | null | Promise<string | null>;
  /** Write no audit record for a success (nothing personal, or it logs itself). */
  zonderAudit?: boolean;
  /** Which issues of the schema belong to which field (default: the first element of the path). */
  veldVan?: (issue: z.core.$ZodIssue) => string;
  uitvoeren: (ctx: Context<z.output<S>, D, GebruikerVoor<A, W>>) => Promise<U>;
};

export type Omgeving = { nu?: Date };

/** The extra facts of the failures among U (a conflict, rule findings). */
type ExtraBijFout<U> = [Extract<U, { ok: false }>] extends [never]
  ? object // a use case that only fails in the pipeline itself: no extra facts
  : Omit<Extract<U, { ok: false }>, "ok" | "reden" | "fieldErrors" | "formError">;

export type UseCase<U extends Uitkomst = Uitkomst> = ((
  gebruiker: Ingelogd | null,
  invoer: unknown,
  omgeving?: Omgeving,
) => Promise<U | Mislukt<ExtraBijFout<U>>>) & {
  soort: "use-case";
  activiteit: string;
  bron: string;
  toegang: Toegang;
  wie: Wie | null;
};

const isObject = (x: unknown): x is object => typeof x === "object" && x !== null && !Array.isArray(x);

export function defineUseCase<
  S extends z.ZodType,
  U extends Uitkomst,
  D = undefined,
  A extends Toegang = Toegang,
  W extends Wie | undefined = undefined,
>(def: UseCaseDefinitie<S, D, U, A, W>): UseCase<U> {
  type E = ExtraBijFout<U>;
  type G = GebruikerVoor<A, W>;
  const uitvoeren = async (gebruiker: Ingelogd | null, ruw: unknown, omgeving: Omgeving = {}): Promise<U | Mislukt<E>> => {
    const weiger = async (melding: string, reden: Reden, betrokkene: string | null = null) => {
      await audit({ gebruikerId: gebruiker?.id, activiteit: def.activiteit, bron: def.bron, uitkomst: "geweigerd", betrokkene });
      return formFout<E>(melding, { reden } as Partial<E> & { reden: Reden });
    };

    // 1. Who may do this at all: before acting on the input, so an anonymous caller learns nothing of the form.
    const weigering = toegangsweigering(def, gebruiker);
    if (weigering) {
      // The refusal still names the inwoner the attempt concerned: the input is read for the
      // audit record only (the answer stays the same, so the caller learns nothing).
      let betrokkene: string | null = null;
      if (def.betrokkene && isObject(ruw)) {
        const r = def.schema.safeParse(ruw);
        if (r.success) betrokkene = await def.betrokkene(r.data as z.output<S>);
      }
      return weiger(weigering.melding, weigering.reden, betrokkene);
    }

    // 2. Parse: anything the schema does not accept is a field error, never an exception.
    if (!isObject(ruw)) return formFout<E>(ONLEESBAAR, { reden: "ongeldig" } as Partial<E> & { reden: Reden });
    const r = def.schema.safeParse(ruw);
    if (!r.success)
      return veldFouten<E>(eersteFoutPerVeld(r.error, def.veldVan), null, { reden: "ongeldig" } as Partial<E> & { reden: Reden });
    const invoer = r.data as z.output<S>;
    const betrokkene = (await def.betrokkene?.(invoer)) ?? null;
    const nu = omgeving.nu ?? new Date();

    // 3. The target, scoped to the caller.
    let doel = undefined as D;
    if (def.laad) {
      const geladen = await def.laad({ gebruiker: gebruiker as G, invoer, nu });
      if (geladen === null) {
        const melding = def.nietGevonden ?? NIET_GEVONDEN;
        await weiger(melding, "niet-gevonden", betrokkene);
        const reden = { reden: "niet-gevonden" } as Partial<E> & { reden: Reden };
        return def.nietGevondenVeld ? veldFouten<E>({ [def.nietGevondenVeld]: melding }, null, reden) : formFout<E>(melding, reden);
      }
      doel = geladen;
    }

    // 4. Do it, 5. audit the outcome.
    const notitie: AuditNotitie = { betrokkene };
    const uitkomst = await def.uitvoeren({ gebruiker: gebruiker as G, invoer, doel, audit: notitie, nu });
    if (!uitkomst.ok && notitie.betrokkene) {
      // A change of personal data that the rules refused is a processing attempt too.
      await audit({
        gebruikerId: gebruiker?.id,
        activiteit: def.activiteit,
        bron: def.bron,
        uitkomst: "geweigerd",
        betrokkene: notitie.betrokkene,
      });
    } else if (uitkomst.ok && !def.zonderAudit) {
      await audit({
        gebruikerId: gebruiker?.id,
        activiteit: def.activiteit,
        bron: def.bron,
        uitkomst: "gelukt",
        betrokkene: notitie.betrokkene ?? null,
        toelichting: notitie.toelichting ?? null,
      });
    }
    return uitkomst;
  };
  return Object.assign(uitvoeren, {
    soort: "use-case" as const,
    activiteit: def.activiteit,
    bron: def.bron,
    toegang: def.toegang as Toegang,
    wie: def.wie ?? null,
  });
}
