package fr.engagements.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The register of appeals ({@code case_appeal}), written with the engine's transaction: numbering per case, one open
 * appeal per contested letter (a unique key, so that two concurrent filings cannot both pass).
 */
@Component
class AppealRegister {

  enum Status { OPEN, UPHELD, WITHDRAWN }

  record Row(long id, String businessKey, String caseKey, int number, long letterId, String processInstanceId,
      String applicantId, LocalDate notifiedOn, LocalDate filedOn, LocalDate deadline, Status status, Instant createdAt,
      Instant answeredAt) {
  }

  private static final String COLUMNS = "id, business_key, case_key, appeal_no, letter_id, process_instance_id, applicant_id,"
      + " notified_on, filed_on, deadline, status, created_at, answered_at";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  AppealRegister(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  int nextNumber(String caseKey) {
    Integer max = jdbc.queryForObject("select max(appeal_no) from case_appeal where case_key = ?", Integer.class, caseKey);
    return max == null ? 1 : max + 1;
  }

  boolean openOn(long letterId) {
    Integer n = jdbc.queryForObject("select count(*) from case_appeal where open_letter_id = ?", Integer.class, letterId);
    return n != null && n > 0;
  }

  void insert(String businessKey, String caseKey, int number, long letterId, String processInstanceId, String applicantId,
      LocalDate notifiedOn, LocalDate filedOn, LocalDate deadline) {
    jdbc.update("insert into case_appeal (business_key, case_key, appeal_no, letter_id, open_letter_id, process_instance_id,"
        + " applicant_id, notified_on, filed_on, deadline, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        businessKey, caseKey, number, letterId, letterId, processInstanceId, applicantId, notifiedOn, filedOn, deadline,
        Status.OPEN.name(), Timestamp.from(clock.instant()));
  }

  /** The answer is given: the letter may be contested again only by a new appeal (its deadline permitting). */
  void answered(String businessKey, Status status) {
    jdbc.update("update case_appeal set status = ?, open_letter_id = null, answered_at = ? where business_key = ?",
        status.name(), Timestamp.from(clock.instant()), businessKey);
  }

  List<Row> ofCase(String caseKey) {
    return jdbc.query("select " + COLUMNS + " from case_appeal where case_key = ? order by appeal_no", AppealRegister::row, caseKey);
  }

  private static Row row(ResultSet rs, int i) throws SQLException {
    Timestamp answered = rs.getTimestamp("answered_at");
    return new Row(rs.getLong("id"), rs.getString("business_key"), rs.getString("case_key"), rs.getInt("appeal_no"),
        rs.getLong("letter_id"), rs.getString("process_instance_id"), rs.getString("applicant_id"),
        rs.getObject("notified_on", LocalDate.class), rs.getObject("filed_on", LocalDate.class),
        rs.getObject("deadline", LocalDate.class), Status.valueOf(rs.getString("status")),
        rs.getTimestamp("created_at").toInstant(), answered == null ? null : answered.toInstant());
  }
}
