package fr.engagements.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What happens to a case outside its process steps — an institution's agent replaced, a task moved to the
 * secretariat for want of an agent, then back — written in the transaction of the change, read by the case's
 * timeline. Nothing changes hands silently.
 */
@Service
public class CaseJournal {

  /** One entry, in French for the person reading the timeline. */
  public record Entry(String businessKey, Instant at, String kind, String text) {
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  CaseJournal(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(String businessKey, String kind, String text) {
    jdbc.update("insert into case_event (business_key, at, kind, text) values (?, ?, ?, ?)", businessKey,
        Timestamp.from(clock.instant()), kind, text.length() > 1000 ? text.substring(0, 1000) : text);
  }

  public List<Entry> of(String businessKey) {
    return jdbc.query("select business_key, at, kind, text from case_event where business_key = ? order by at, id",
        (rs, i) -> new Entry(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)), businessKey);
  }
}
