package fr.engagements.support;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

/** Small documents for tests: a valid one-page PDF, and things that are not PDFs. */
public final class TestDocuments {

  /** A minimal but well-formed PDF (one empty page). */
  public static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
      + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
      + "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
      + "trailer<</Size 4/Root 1 0 R>>\nstartxref\n166\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

  private TestDocuments() {
  }

  public static FileValue pdf(String name) {
    return Variables.fileValue(name + ".pdf").file(PDF).mimeType("application/pdf").create();
  }

  public static FileValue notPdf(String name) {
    return Variables.fileValue(name + ".pdf").file("<html>pas un PDF</html>".getBytes(StandardCharsets.UTF_8))
        .mimeType("application/pdf").create();
  }
}
