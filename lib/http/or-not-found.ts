import "server-only";
import { notFound } from "next/navigation";
import { isDomainError } from "@/lib/errors";

/** For pages: a service's `not_found` becomes Next's 404 page; every other error propagates. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isDomainError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
