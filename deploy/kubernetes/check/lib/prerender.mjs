// Renders every overlay once with the pinned kustomize into target/rendered/ and runs the tests with
// REFUGIO_RENDER_CACHE pointing there (each test file is a process of its own: this saves a dozen kustomize runs).
// A failing render is left to the tests, which render it again and report the error.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CHECK_DIR, overlays, renderText } from "./render.mjs";

const dir = join(CHECK_DIR, "target", "rendered");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const overlay of overlays()) {
  try {
    writeFileSync(join(dir, `${overlay}.yaml`), renderText(overlay));
  } catch {
    // reported by everyOverlayRendersWithThePinnedKustomize
  }
}
const result = spawnSync(process.execPath, ["--test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, REFUGIO_RENDER_CACHE: dir },
});
process.exit(result.status ?? 1);
