"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { editVisitSlotAction } from "@/lib/field-trips/actions";
import { InputField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** Staff change a slot's Center date, time and capacity; the service refuses a capacity below what is booked. */
export function SlotEditForm({ slot }: { slot: { id: string; date: string; time: string; capacity: number; bookedCount: number } }) {
  const t = useTranslations("admin.fieldTrips.slots");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(editVisitSlotAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <input type="hidden" name="slotId" value={slot.id} />
      <div className="grid gap-4 sm:grid-cols-3">
        <InputField id="edit-slot-date" label={t("date")} error={errors.date} name="date" type="date" required defaultValue={values.date ?? slot.date} />
        <InputField id="edit-slot-time" label={t("time")} error={errors.time} name="time" type="time" required defaultValue={values.time ?? slot.time} />
        <InputField
          id="edit-slot-capacity"
          label={t("capacity")}
          hint={t("capacityAtLeast", { booked: slot.bookedCount })}
          error={errors.capacity}
          name="capacity"
          type="number"
          inputMode="numeric"
          min={Math.max(1, slot.bookedCount)}
          required
          defaultValue={values.capacity ?? String(slot.capacity)}
        />
      </div>
      <p className="text-sm text-slate-600">{t("moveNotice")}</p>
      <SubmitButton pendingLabel={tCommon("working")}>{t("saveSlot")}</SubmitButton>
    </form>
  );
}
