package fr.engagements.cer.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.engagements.cer.allowance.CerAllowance;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * How long the 3rd cycle (the DES, the residency) lasts, by specialty: 4 to 6 years. Data, not code
 * ({@code src/main/resources/reference/des-durations.json}); a specialty the file does not know, or none (a project never
 * filed), takes its {@code defaultYears}, the longest, so that nothing is confirmed or falls due too early.
 */
@Component
public class DesDurations {

  static final String PATH = "reference/des-durations.json";

  private final Map<String, Integer> years;
  private final int defaultYears;

  DesDurations(ObjectMapper json) {
    try (InputStream in = new ClassPathResource(PATH).getInputStream()) {
      JsonNode root = json.readTree(in);
      this.defaultYears = root.path("defaultYears").asInt(6);
      this.years = json.convertValue(root.path("years"), json.getTypeFactory().constructMapType(Map.class, String.class,
          Integer.class));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the reference list " + PATH, e);
    }
  }

  /** Years of the DES of this specialty; the default (longest) one when unknown or null. */
  public int years(String specialty) {
    return specialty == null ? defaultYears : years.getOrDefault(specialty.strip(), defaultYears);
  }

  /** The end of the 3rd cycle (the residency) of a student whose DFASM1 started then, in this specialty. */
  public LocalDate thirdCycleEnd(LocalDate dfasm1Start, String specialty) {
    return CerAllowance.thirdCycleStart(dfasm1Start).plusYears(years(specialty));
  }
}
