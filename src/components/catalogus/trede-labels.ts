type Treden = {
  biedtTrede3: boolean;
  biedtTrede4: boolean;
  ontwikkelingNaar3: boolean;
  ontwikkelingNaar4: boolean;
  ontwikkelingNaar5: boolean;
};

export function tredeLabels(w: Treden): string[] {
  return [
    ...(w.biedtTrede3 ? ["Trede 3"] : []),
    ...(w.biedtTrede4 ? ["Trede 4"] : []),
    ...[3, 4, 5].filter((n) => w[`ontwikkelingNaar${n}` as keyof Treden]).map((n) => `Ontwikkelen naar trede ${n}`),
  ];
}
