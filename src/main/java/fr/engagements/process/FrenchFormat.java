package fr.engagements.process;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

import fr.engagements.config.EngineClock;

/** Dates and amounts as French readers expect them, in France's time zone. */
public final class FrenchFormat {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRANCE);

  private FrenchFormat() {
  }

  /** {@code 15/10/2026}; empty for {@code null}. */
  public static String day(Date date) {
    return date == null ? "" : DAY.format(date.toInstant().atZone(EngineClock.ZONE));
  }

  public static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /** {@code 1er octobre 2026}, as a sentence of a letter says it; empty for {@code null}. */
  public static String dayInWords(LocalDate date) {
    return date == null ? "" : (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " "
        + DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE).format(date);
  }

  /** {@code 15/10/2026 à 09h00}; empty for {@code null}. */
  public static String dayAndTime(Date date) {
    return date == null ? "" : DAY_TIME.format(date.toInstant().atZone(EngineClock.ZONE));
  }

  /** An ISO date string ({@code 2026-09-01}) as {@code 01/09/2026}; anything else unchanged. */
  public static String isoDay(String iso) {
    try {
      return day(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** Euro cents as {@code 1 200,00 €} (exact: no floating point). */
  public static String euros(long cents) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
    return format.format(BigDecimal.valueOf(cents, 2)).replace('\u202f', ' ').replace('\u00a0', ' ');
  }

  public static String yesNo(Boolean value) {
    return value == null ? "" : value ? "Oui" : "Non";
  }
}
