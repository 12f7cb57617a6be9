import "server-only";
import type { z } from "zod";
import { mag, type Actie } from "@/domain/permissies";
import { eersteFoutPerVeld } from "@/domain/veldfouten";
import { audit } from "./audit";
import type { Ingelogd } from "./auth/sessie";

// The one pipeline every server action and mutating route handler goes through (issue 8,
// docs/decisions/0009): parse → authenticate → permission → scoped load → do → audit → result.
//
// A use case is defined once with `defineUseCase({...})` and becomes a function `(gebruiker, invoer)`.
// `invoer` is `unknown` on purpose: whatever a browser, a crafted request or a test sends is parsed
// by the use case's zod schema before anything else looks at it. Server actions wrap it with
// `formActie` (src/server/form-actie.ts), which loads the signed-in user once per request and
// turns FormData into a plain object; tests call the use case with a user of their choosing.

/** A field name → the first message for it, in Dutch. */
export type Veldfouten = Record<string, string>;

export type Mislukt<E extends object = object> = { ok: false; fieldErrors: Veldfouten; formError: string | null } & Partial<E>;

/** What every use case returns. `E` carries extra facts a failed form shows (a conflict, rule findings). */
export type Resultaat<T extends object = { melding: string }, E extends object = object> = ({ ok: true } & T) | Mislukt<E>;

/** Any outcome a use case can return. */
export type Uitkomst = { ok: true } | Mislukt<object>;

/** Success, with what the caller needs to know (a message, the new id). */
export function gelukt<T extends object>(t: T): { ok: true } & T {
  return { ok: true, ...t };
}

export const GEEN_TOESTEMMING = "Je hebt geen toestemming voor deze handeling.";
export const NIET_INGELOGD = "Je bent niet (meer) ingelogd. Log opnieuw in en probeer het nog een keer.";
export const ONLEESBAAR = "Dit verzoek kon niet worden gelezen. Vernieuw de pagina en probeer het opnieuw.";

/** A refusal for the whole form. */
export function formFout<E extends object = object>(formError: string, extra?: Partial<E>): Mislukt<E> {
  return { ok: false, fieldErrors: {}, formError, ...extra } as Mislukt<E>;
}

/** A refusal at one or more fields. */
export function veldFouten<E extends object = object>(
  fieldErrors: Veldfouten,
  formError: string | null = null,
  extra?: Partial<E>,
): Mislukt<E> {
  return { ok: false, fieldErrors, formError, ...extra } as Mislukt<E>;
}

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

type Toegang = Actie | "publiek" | "ingelogd";
type GebruikerVoor<A> = A extends "publiek" ? Ingelogd | null : Ingelogd;

export type UseCaseDefinitie<S extends z.ZodType, D, U extends Uitkomst, A extends Toegang> = {
  /** The activity in the audit log, e.g. "branche-toevoegen". */
  activiteit: string;
  /** Where it comes from (route or action), for the audit log. */
  bron: string;
  /** Parses the raw input. Comes from src/domain, the same schema the browser uses. */
  schema: S;
  /** The permission, or "publiek" (anyone) / "ingelogd" (any signed-in user). */
  toegang: A;
  /** Said when the permission is missing; a plain default otherwise. */
  geenToegang?: string;
  /**
   * An extra condition on the caller beyond the permission (e.g. "works for an aanbieder").
   * Checked before the load; false is a refusal like a missing permission.
   */
  magGebruiker?: (g: GebruikerVoor<A>) => boolean;
  /**
   * Loads the target scoped to the caller (`where: { id, aanbiederId }`). `null` means: not found
   * or not yours, which are the same answer so ids of others reveal nothing.
   */
  laad?: (ctx: { gebruiker: GebruikerVoor<A>; invoer: z.output<S>; nu: Date }) => Promise<D | null>;
  nietGevonden?: string;
  /** Show "not found" at this field instead of above the form (a choice from a list). */
  nietGevondenVeld?: string;
  /**
   * The inwoner's pseudonym known from the input (an inwoner id, or looked up from a toewijzing id),
   * so that every refusal, also for a missing permission, is logged with it (ADR 0008/0009/0030).
   */
  betrokkene?: (invoer: z.output<S>) => string | null | Promise<string | null>;
  /** Write no audit record for a success (reads that log themselves, or nothing personal). */
  zonderAudit?: boolean;
  /** Which issues of the schema belong to which field (default: the first element of the path). */
  veldVan?: (issue: z.core.$ZodIssue) => string;
  uitvoeren: (ctx: Context<z.output<S>, D, GebruikerVoor<A>>) => Promise<U>;
};

export type Omgeving = { nu?: Date };

/** The extra facts of the failures among U (a conflict, rule findings). */
type ExtraBijFout<U> = [Extract<U, { ok: false }>] extends [never]
  ? object // a use case that only fails in the pipeline itself: no extra facts
  : Omit<Extract<U, { ok: false }>, "ok" | "fieldErrors" | "formError">;

export type UseCase<U extends Uitkomst = Resultaat> = ((
  gebruiker: Ingelogd | null,
  invoer: unknown,
  omgeving?: Omgeving,
) => Promise<U | Mislukt<ExtraBijFout<U>>>) & { activiteit: string; bron: string };

export function defineUseCase<S extends z.ZodType, U extends Uitkomst, D = undefined, A extends Toegang = Toegang>(
  def: UseCaseDefinitie<S, D, U, A>,
): UseCase<U> {
  type E = ExtraBijFout<U>;
  const uitvoeren = async (gebruiker: Ingelogd | null, ruw: unknown, omgeving: Omgeving = {}): Promise<U | Mislukt<E>> => {
    const weiger = async (melding: string, betrokkene: string | null = null) => {
      await audit({ gebruikerId: gebruiker?.id, activiteit: def.activiteit, bron: def.bron, uitkomst: "geweigerd", betrokkene });
      return formFout<E>(melding);
    };
    // A refusal before parsing still names the inwoner the attempt concerned: the input is read
    // for the audit record only (the answer stays the same, so the caller learns nothing).
    const weigerToegang = async (melding: string) => {
      let betrokkene: string | null = null;
      if (def.betrokkene && typeof ruw === "object" && ruw !== null && !Array.isArray(ruw)) {
        const r = def.schema.safeParse(ruw);
        if (r.success) betrokkene = await def.betrokkene(r.data as z.output<S>);
      }
      return weiger(melding, betrokkene);
    };

    // 1. Who may do this at all: before acting on the input, so an anonymous caller learns nothing of the form.
    if (def.toegang !== "publiek") {
      if (!gebruiker) return weigerToegang(NIET_INGELOGD);
      const toegestaan = def.toegang === "ingelogd" || mag(gebruiker.rol, def.toegang);
      if (!toegestaan || (def.magGebruiker && !def.magGebruiker(gebruiker as GebruikerVoor<A>))) {
        return weigerToegang(def.geenToegang ?? GEEN_TOESTEMMING);
      }
    } else if (def.magGebruiker && !def.magGebruiker(gebruiker as GebruikerVoor<A>)) {
      return weigerToegang(def.geenToegang ?? GEEN_TOESTEMMING);
    }

    // 2. Parse: anything the schema does not accept is a field error, never an exception.
    const invoer = typeof ruw === "object" && ruw !== null && !Array.isArray(ruw) ? ruw : null;
    if (!invoer) return formFout<E>(ONLEESBAAR);
    const r = def.schema.safeParse(invoer);
    if (!r.success) return veldFouten<E>(eersteFoutPerVeld(r.error, def.veldVan));
    const data = r.data as z.output<S>;
    const betrokkene = (await def.betrokkene?.(data)) ?? null;

    // 3. The target, scoped to the caller.
    let doel = undefined as D;
    if (def.laad) {
      const geladen = await def.laad({ gebruiker: gebruiker as GebruikerVoor<A>, invoer: data, nu: omgeving.nu ?? new Date() });
      if (geladen === null) {
        const melding = def.nietGevonden ?? "Dit bestaat niet (meer), of je hebt er geen toegang toe.";
        await weiger(melding, betrokkene);
        return def.nietGevondenVeld ? veldFouten<E>({ [def.nietGevondenVeld]: melding }) : formFout<E>(melding);
      }
      doel = geladen;
    }

    // 4. Do it, 5. audit the outcome.
    const notitie: AuditNotitie = { betrokkene };
    const nu = omgeving.nu ?? new Date();
    const uitkomst = await def.uitvoeren({ gebruiker: gebruiker as GebruikerVoor<A>, invoer: data, doel, audit: notitie, nu });
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
  return Object.assign(uitvoeren, { activiteit: def.activiteit, bron: def.bron });
}
