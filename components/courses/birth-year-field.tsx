import { BIRTH_YEAR_RANGE } from "@/lib/courses/rules";
import { InputField } from "@/components/ui/field";

/** A learner's year of birth (all we keep of their age), with the bounds the service checks. */
export function BirthYearField({ id, label, hint, error, defaultValue }: { id: string; label: string; hint: string; error?: string; defaultValue?: string }) {
  return (
    <InputField
      id={id}
      label={label}
      hint={hint}
      error={error}
      name="birthYear"
      type="number"
      inputMode="numeric"
      min={BIRTH_YEAR_RANGE.min}
      max={BIRTH_YEAR_RANGE.max}
      required
      defaultValue={defaultValue}
    />
  );
}
