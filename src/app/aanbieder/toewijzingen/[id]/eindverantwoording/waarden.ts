import { doelVelden } from "@/domain/eindverantwoording/invoer";
import { toIsoDate } from "@/domain/kalender";
import type { EvGegevens } from "@/components/traject/eindverantwoording-weergave";

/** The saved report as the form's strings. */
export function formWaarden(ev: EvGegevens | null): Record<string, string> {
  if (!ev) return {};
  const w: Record<string, string> = {
    algemeen: ev.algemeen,
    resultaatToelichting: ev.resultaatToelichting,
    voortzetten: ev.voortzetten,
    nieuweDoelen: ev.nieuweDoelen,
    vervolgNodig: ev.vervolgNodig === null ? "" : ev.vervolgNodig ? "ja" : "nee",
    adviesTrede: ev.adviesTrede === null ? "" : String(ev.adviesTrede),
    adviesWaarHoe: ev.adviesWaarHoe,
    stapGemaakt: ev.stapGemaakt === null ? "" : ev.stapGemaakt ? "ja" : "nee",
    stapToelichting: ev.stapToelichting,
    bereikteTrede: ev.bereikteTrede === null ? "" : String(ev.bereikteTrede),
    samenMetInwoner: ev.samenMetInwonerOp ? "ja" : "",
    samenMetInwonerOp: ev.samenMetInwonerOp ? toIsoDate(ev.samenMetInwonerOp) : "",
  };
  for (const r of ev.resultaten) {
    const v = doelVelden(r.planDoelId);
    w[v.resultaat] = r.resultaat;
    w[v.toelichting] = r.toelichting;
  }
  return w;
}
