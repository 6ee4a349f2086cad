package fr.engagements.cer.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Reference lists the project form suggests (CER_P4: every specialty in every subdivision is open;
 * a value outside the lists is accepted). Data, not code: {@code src/main/resources/reference/*.json}.
 */
@Component
public class ReferenceLists {

  private final List<String> desSpecialties;
  private final List<String> subdivisions;

  ReferenceLists(ObjectMapper json) {
    this.desSpecialties = load(json, "reference/des-specialties.json");
    this.subdivisions = load(json, "reference/subdivisions.json");
  }

  /** The DES (diplômes d'études spécialisées) of the 3rd cycle of medicine. */
  public List<String> desSpecialties() {
    return desSpecialties;
  }

  /** The subdivisions (internat cities/regions). */
  public List<String> subdivisions() {
    return subdivisions;
  }

  private static List<String> load(ObjectMapper json, String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return List.copyOf(json.readValue(in, new TypeReference<List<String>>() { }));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the reference list " + path, e);
    }
  }
}
