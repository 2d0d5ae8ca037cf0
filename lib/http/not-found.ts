// Pages turn a NotFound from lib into Next's 404 (HTTP status and the nearest not-found page) in one
// place, instead of each page catching and re-throwing by hand.
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** Awaits the lookup; a NotFound (or, when asked, a Forbidden that should not reveal existence) is a 404. */
export async function orNotFound<T>(lookup: Promise<T>, options: { forbiddenToo?: boolean } = {}): Promise<T> {
  try {
    return await lookup;
  } catch (e) {
    if (e instanceof AppError && (e.code === "not_found" || (options.forbiddenToo && e.code === "forbidden")))
      notFound();
    throw e;
  }
}
