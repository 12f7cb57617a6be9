import type { ToewijzingStatus } from "./overlap";

export const STATUS_TOEWIJZING: Record<ToewijzingStatus, string> = {
  TOEGEWEZEN: "Toegewezen, nog niet gestart",
  GESTART: "Gestart",
  BEEINDIGD: "Beëindigd",
  INGETROKKEN: "Ingetrokken",
};
