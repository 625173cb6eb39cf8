import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { ARTIFACTS_DIR } from "./browser";

/**
 * LibreOffice, when installed: the .pptx and .docx exports must open in it. CI installs it and sets
 * REQUIRE_LIBREOFFICE, so that a missing install fails there; on a developer machine without it the
 * conversions are skipped and the checks of the files' XML still run.
 */
export const libreOffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((path) => existsSync(path));
if (process.env.REQUIRE_LIBREOFFICE && !libreOffice) {
  throw new Error(
    "REQUIRE_LIBREOFFICE is set but LibreOffice is not installed (apt-get install libreoffice-impress-nogui libreoffice-writer-nogui)",
  );
}

const pdftoppm = existsSync("/usr/bin/pdftoppm") ? "/usr/bin/pdftoppm" : undefined;

/**
 * Converts an office file to PDF with LibreOffice, headless and with a profile of its own, and counts
 * the PDF's pages. The file and the PDF are kept as tests/artifacts/<name>.<ext> to look at, with the
 * first page as a picture when pdftoppm (poppler-utils) is there. Without LibreOffice: -1.
 */
export function convertToPdf(filePath: string, name: string): number {
  if (!libreOffice) return -1;
  const outDir = mkdtempSync(join(tmpdir(), "wsis-office-"));
  const input = join(outDir, `${name}${extname(filePath) || ".bin"}`);
  copyFileSync(filePath, input);
  execFileSync(
    libreOffice,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${outDir}/profile`,
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      input,
    ],
    { timeout: 180_000, stdio: "pipe" },
  );
  const pdfPath = join(outDir, `${name}.pdf`);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  copyFileSync(pdfPath, join(ARTIFACTS_DIR, `${name}.pdf`));
  copyFileSync(input, join(ARTIFACTS_DIR, basename(input)));
  if (pdftoppm) {
    execFileSync(
      pdftoppm,
      ["-png", "-r", "48", "-singlefile", pdfPath, join(ARTIFACTS_DIR, `${name}-page-1`)],
      {
        timeout: 60_000,
        stdio: "pipe",
      },
    );
  }
  const pdf = readFileSync(pdfPath).toString("latin1");
  return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
