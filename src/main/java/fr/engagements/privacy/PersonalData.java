package fr.engagements.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.engagements.casefile.CaseFile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one feature holds about a person, for the GDPR export (art. 15). Each feature implements it over
 * its own tables; {@link PersonalDataExport} gathers the sections and never reads a feature's tables itself.
 */
public interface PersonalData {

  /**
   * Sections of the export, by name (e.g. {@code cerCandidacies}), for this person and their cases; rows are
   * maps with lower-case keys.
   */
  Map<String, Object> about(String userId, List<CaseFile> cases);

  /** Rows of a feature's own table with lower-case column names, whatever the database (H2 answers in capitals). */
  static List<Map<String, Object>> rows(JdbcTemplate jdbc, String sql, Object... args) {
    return jdbc.queryForList(sql, args).stream().map(row -> {
      Map<String, Object> lower = new LinkedHashMap<>();
      row.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT), value));
      return lower;
    }).toList();
  }

  /** {@code ?, ?, ?} for a SQL {@code in} over these values. */
  static String placeholders(List<?> values) {
    return String.join(",", values.stream().map(v -> "?").toList());
  }

  /** The business keys of these cases. */
  static List<String> keys(List<CaseFile> cases) {
    return cases.stream().map(CaseFile::businessKey).toList();
  }
}
