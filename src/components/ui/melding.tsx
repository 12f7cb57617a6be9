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
