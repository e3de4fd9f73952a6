import { apiRoute } from "@/lib/http/api-route";
import { pageJson } from "@/lib/api/paging";
import { searchParamsOf } from "@/lib/api/request-input";
import { CourseListQuerySchema, listCourses } from "@/lib/courses/list-courses";
import { serializeCourseListItem } from "@/lib/courses/api/catalogue-serializers";
import { parseInput } from "@/lib/validation";

/** GET /api/v1/courses?level=&audience=&weekday=&time=&format=&language=&open=&page=&size=&sort=&dir= — the public catalogue, a page at a time. */
export const GET = apiRoute(async ({ request, db, locale, now }) => {
  const query = parseInput(CourseListQuerySchema, searchParamsOf(request));
  const page = await listCourses(db, locale, query, now);
  return pageJson(page, (course) => serializeCourseListItem(course, locale));
});
