import type { ReactNode } from "react";
import { EV_STATUS_TEKST } from "@/domain/eindverantwoording/regels";
import type { EvWeergave } from "@/server/toewijzingen/eindverantwoording";
import { EindverantwoordingWeergave, type EvGegevens } from "./eindverantwoording-weergave";
import { TrajectKop } from "./traject-kop";
import { TrajectPagina, type Kant } from "./traject-pagina";

type Treden = { nummer: number; naam: string }[];

/** The eindverantwoording as read, with what the traject's plan and product say about it. */
export function EindverantwoordingVanTraject({
  t,
  ev,
  treden,
}: {
  t: Pick<EvWeergave, "doelen" | "context" | "product">;
  ev: EvGegevens;
  treden: Treden;
}) {
  return (
    <EindverantwoordingWeergave
      ev={ev}
      doelen={t.doelen}
      ontwikkeling={t.context.ontwikkeling}
      verlengbaar={t.context.verlengbaar}
      doelTrede={t.product.doelTrede}
      treden={treden}
    />
  );
}

/**
 * The eindverantwoording page of either side: heading and the facts of the traject; what each side
 * may do with it (write, or read and decide) comes in as children.
 */
export function EindverantwoordingPagina({
  kant,
  t,
  melding,
  children,
}: {
  kant: Kant;
  t: EvWeergave;
  melding?: ReactNode;
  children: ReactNode;
}) {
  return (
    <TrajectPagina kant={kant} t={t} titel="Eindverantwoording" melding={melding}>
      <TrajectKop t={t} status={EV_STATUS_TEKST[t.eindverantwoording?.status ?? "NIEUW"]} />
      {children}
    </TrajectPagina>
  );
}
