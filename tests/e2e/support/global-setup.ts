import { startFixtureSite } from "./fixture-site";

/** Once per run: the fixture web site the evidence tests archive pages from. Returns its teardown. */
export default async function globalSetup() {
  return startFixtureSite();
}
