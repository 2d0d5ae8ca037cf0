import { MissingPage } from "@/app/components/MissingPage";

export default function QuizNotFound() {
  return (
    <MissingPage
      title="No such quiz"
      text="This quiz does not exist or belongs to someone else. Start a new one from a deck's page."
    />
  );
}
