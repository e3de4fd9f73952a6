/** A message above a form: an error is announced at once, a success politely. */
export function FormAlert({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  if (!message) return null;
  const styles = tone === "error" ? "border-accent-600 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900";
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded border-s-4 p-3 ${styles}`}>
      {message}
    </div>
  );
}
