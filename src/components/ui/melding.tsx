/**
 * A message box: success is announced politely (role=status), an error at once (role=alert).
 * `className` carries the spacing, which differs per place.
 */
export function Melding({
  soort,
  children,
  className = "mb-4 p-4",
}: {
  soort: "succes" | "fout";
  children: React.ReactNode;
  className?: string;
}) {
  const kleur = soort === "succes" ? "border-succes bg-succes-licht" : "border-fout bg-fout-licht";
  return (
    <div role={soort === "succes" ? "status" : "alert"} className={`rounded-lg border-2 ${kleur} ${className}`}>
      {children}
    </div>
  );
}

/** What a form's last submission came to: its success message or its error for the whole form. */
export function FormUitkomst({
  s,
  className = "mb-4 p-3",
}: {
  s: { ok: boolean | null; melding: string | null; formError: string | null };
  className?: string;
}) {
  return (
    <>
      {s.ok && s.melding && (
        <Melding soort="succes" className={className}>
          {s.melding}
        </Melding>
      )}
      {s.formError && (
        <Melding soort="fout" className={className}>
          {s.formError}
        </Melding>
      )}
    </>
  );
}

/** The key that makes a form start empty after a success and keep the input after an error. */
export function formSleutel(s: { ok: boolean | null; melding: string | null; values: Record<string, string> }): string {
  return s.ok ? (s.melding ?? "") : JSON.stringify(s.values);
}
