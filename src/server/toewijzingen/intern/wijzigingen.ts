// The changes of a toewijzing's end date (../wijzigingen.ts) as the toewijzing pages show them
// (../toewijzing-lezen.ts): the fields read, and their type.

export type WijzigingRegel = {
  id: string;
  soort: "BEEINDIGD_DOOR_GEMEENTE" | "EINDDATUM_GECORRIGEERD";
  oudeEinddatum: Date;
  nieuweEinddatum: Date;
  reden: string;
  redenWijziging: string;
  createdAt: Date;
};

export const wijzigingSelect = {
  id: true,
  soort: true,
  oudeEinddatum: true,
  nieuweEinddatum: true,
  reden: true,
  redenWijziging: true,
  createdAt: true,
} as const;
