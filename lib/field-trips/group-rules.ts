import { invalid } from "@/lib/errors";
import type { GradeBand } from "@/lib/generated/prisma/enums";
import { requiredChaperones } from "./rules";

/** Chaperone ratio and group size: checked on booking and on every headcount change. */
export function assertGroupRules(
  exhibition: { minGroupSize: number; maxGroupSize: number },
  group: { gradeBand: GradeBand; students: number; chaperones: number },
) {
  const needed = requiredChaperones(group.gradeBand, group.students);
  if (group.chaperones < needed) {
    throw invalid("fieldTrips.errors.chaperoneRatio", { required: needed, students: group.students }, [
      { path: "chaperones", messageKey: "fieldTrips.errors.chaperoneRatio", params: { required: needed, students: group.students } },
    ]);
  }
  const size = group.students + group.chaperones;
  if (size < exhibition.minGroupSize || size > exhibition.maxGroupSize) {
    const params = { min: exhibition.minGroupSize, max: exhibition.maxGroupSize, size };
    throw invalid("fieldTrips.errors.groupSize", params, [{ path: "students", messageKey: "fieldTrips.errors.groupSize", params }]);
  }
}
