import { MissingPage } from "@/app/components/MissingPage";

export default function DeckNotFound() {
  return (
    <MissingPage
      title="No such deck"
      text="There is no deck at this address, or it is not shared with you. Your decks are on the dashboard."
    />
  );
}
