import { apiRoute } from "@/lib/http/api-route";
import { getCourse } from "@/lib/courses/get-course";
import { serializeCourseDetail } from "@/lib/courses/api/catalogue-serializers";

/** GET /api/v1/courses/{slug} — a published course with its sections, their state and places left. */
export const GET = apiRoute<{ slug: string }>(async ({ params, db, locale, now }) => serializeCourseDetail(await getCourse(db, params.slug, now), locale));
