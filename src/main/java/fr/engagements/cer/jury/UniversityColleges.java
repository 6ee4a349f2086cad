package fr.engagements.cer.jury;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The university colleges of CER_P6 (« un rapporteur de chaque collège universitaire concerné »): reference data
 * ({@code university_college}), each DES specialty belonging to one ({@code des_specialty.college_code}).
 */
@Service
public class UniversityColleges {

  private final JdbcTemplate jdbc;

  UniversityColleges(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every college, code → label, in the order of their labels. */
  public Map<String, String> all() {
    Map<String, String> colleges = new LinkedHashMap<>();
    jdbc.query("select code, label from university_college order by label", rs -> {
      colleges.put(rs.getString(1), rs.getString(2));
    });
    return colleges;
  }

  public Optional<String> label(String code) {
    return code == null ? Optional.empty()
        : jdbc.queryForList("select label from university_college where code = ?", String.class, code).stream().findFirst();
  }

  /** The college of a DES specialty, by its name as the project form sends it; empty for an unknown one. */
  public Optional<String> ofSpecialty(String specialty) {
    return specialty == null ? Optional.empty()
        : jdbc.queryForList("select college_code from des_specialty where name = ? and college_code is not null", String.class,
            specialty).stream().findFirst();
  }
}
