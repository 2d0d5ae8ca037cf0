import { MissingPage } from "@/app/components/MissingPage";

export default function ClassNotFound() {
  return (
    <MissingPage
      title="No such class"
      text="There is no class at this address that you teach or belong to."
      href="/classes"
      linkText="Your classes"
    />
  );
}
