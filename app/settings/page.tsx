import { requireUser } from "@/lib/auth/session";
import { getStudySettings } from "@/lib/db/settings";
import { fsrsOverview } from "@/lib/optimiser/overview";
import { FsrsPanel } from "./FsrsPanel";
import { SettingsForm } from "./SettingsForm";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const s = await getStudySettings(user.id);
  // The real list of zones this runtime knows; UTC is not always in it, so it is added.
  const timeZones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
  const fsrs = await fsrsOverview(user.id);
  return (
    <div className="narrow stack">
      <h1>Study settings</h1>
      <div className="panel">
        <SettingsForm
          values={{
            desiredRetention: s.desiredRetention,
            newPerDay: s.newPerDay,
            maxReviewsPerDay: s.maxReviewsPerDay,
            dayStartHour: s.dayStartHour,
            timeZone: s.timeZone,
          }}
          timeZones={timeZones}
        />
      </div>
      <FsrsPanel initial={fsrs} />
    </div>
  );
}
