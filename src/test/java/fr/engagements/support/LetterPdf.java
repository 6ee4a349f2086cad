package fr.engagements.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a decision letter back: a real PDF, parsed by PDFBox; its text with every kind of space as one plain space. */
public final class LetterPdf {

  private LetterPdf() {
  }

  /** The letter's text, spaces normalised (no-break and narrow no-break spaces, line breaks → one space). */
  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return stripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException("Not a readable PDF", e);
    }
  }

  /** The letter's text exactly as extracted (to check typographic spaces survive). */
  public static String rawText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return stripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException("Not a readable PDF", e);
    }
  }

  /** In reading order: the renderer draws inline boxes (a bold word, a filled-in value) after their line's text. */
  private static PDFTextStripper stripper() throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return stripper;
  }

  public static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("Not a readable PDF", e);
    }
  }
}
