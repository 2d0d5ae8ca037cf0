import { MissingPage } from "@/app/components/MissingPage";

export default function StudyNotFound() {
  return (
    <MissingPage
      title="No such deck to study"
      text="There is no deck at this address, or it is not shared with you. Pick a deck to study from the dashboard."
    />
  );
}
