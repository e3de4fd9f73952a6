import type { ComponentProps, ReactNode } from "react";

/** The look of a text box or select. Filters use it as is; validated forms use `inputClass`. */
export const controlClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900";

/** A form control that can be marked invalid: the same look, with focus and invalid borders. */
export const inputClass = `${controlClass} focus:border-brand-600 aria-[invalid=true]:border-accent-600`;

/** A labelled control with its hint and error tied to it for screen readers. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-accent-600" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** aria props for a control inside <Field>. */
export function describedBy(id: string, { error, hint }: { error?: string; hint?: string }) {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined };
}

type InputFieldProps = { id: string; label: string; error?: string; hint?: string } & Omit<ComponentProps<"input">, "id" | "className">;

/** An <input> inside a <Field>, with its hint and error wired up; other props go to the input. */
export function InputField({ id, label, error, hint, ...input }: InputFieldProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input id={id} {...input} className={inputClass} {...describedBy(id, { error, hint })} />
    </Field>
  );
}
