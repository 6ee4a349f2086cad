package fr.engagements.letter;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * French typography for the letters' templates ({@code ${fmt.euros(cents)}}): amounts with the narrow
 * no-break space of French thousands and a no-break space before €, dates in words ("1er octobre 2026").
 * E-mails keep {@code FrenchFormat}'s plain spaces; a PDF with an embedded font can show the real ones.
 */
public final class LetterFormat {

  private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

  /** {@code 1 200,00 €} with U+202F between thousands and U+00A0 before the sign; exact (no floating point). */
  public String euros(long cents) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(BigDecimal.valueOf(cents, 2)).replace('\u00a0', '\u202f') + "\u00a0€";
  }

  public String euros(Number cents) {
    return cents == null ? "" : euros(cents.longValue());
  }

  /** {@code 1er octobre 2026}, {@code 15 octobre 2026}. */
  public String day(LocalDate date) {
    if (date == null) {
      return "";
    }
    return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + MONTH_YEAR.format(date);
  }

  /** An ISO date string ({@code 2026-09-01}) in words. */
  public String day(String iso) {
    return iso == null ? "" : day(LocalDate.parse(iso));
  }
}
