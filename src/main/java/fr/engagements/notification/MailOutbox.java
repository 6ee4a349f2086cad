package fr.engagements.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table {@code mail_outbox}. A mail is written in the transaction of the case step that causes it (the engine
 * shares the application's DataSource and Spring transaction: a step rolled back leaves no mail), then claimed by
 * one worker at a time: {@code SELECT … FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2.x) picks rows no other worker
 * holds, and a conditional update takes each for a lease ({@code locked_until}, {@code claim_token}), so that two
 * nodes never send the same mail; a worker that died mid-send leaves its rows to another once the lease is over.
 */
@Repository
public class MailOutbox {

  private static final String COLUMNS = "id, case_key, to_user, to_group, to_email, subject, body, letter_id, created_at,"
      + " status, attempts, sent_at, last_error";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final TransactionTemplate tx;

  MailOutbox(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
  }

  /** A claim: the rows a worker may send until {@code until}, with the token that proves they are still its own. */
  public record Claim(String token, Instant until, List<OutboxMail> mails) {
  }

  /** Writes one mail, QUEUED, in the caller's transaction. */
  void queue(String caseKey, String toUser, String toGroup, String toEmail, String subject, String body, Long letterId) {
    jdbc.update("insert into mail_outbox (case_key, to_user, to_group, to_email, subject, body, letter_id, created_at,"
        + " status, attempts) values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0)", caseKey, toUser, toGroup, toEmail,
        cut(subject, 1000), cut(body, 20000), letterId, Timestamp.from(clock.instant()));
  }

  /** Every mail of a case, oldest first. */
  public List<OutboxMail> ofCase(String caseKey) {
    return jdbc.query("select " + COLUMNS + " from mail_outbox where case_key = ? order by id", MailOutbox::row, caseKey);
  }

  /** Claims at most {@code batch} queued mails (of one case, or any when {@code caseKey} is null) for {@code lease}. */
  Claim claim(String caseKey, int batch, Duration lease) {
    Instant now = clock.instant();
    Claim claim = new Claim(UUID.randomUUID().toString(), now.plus(lease), new ArrayList<>());
    tx.executeWithoutResult(status -> {
      List<Long> candidates = caseKey == null
          ? jdbc.queryForList("select id from mail_outbox where status = 'QUEUED' and (locked_until is null or locked_until < ?)"
              + " order by id fetch first " + batch + " rows only for update skip locked", Long.class, Timestamp.from(now))
          : jdbc.queryForList("select id from mail_outbox where status = 'QUEUED' and (locked_until is null or locked_until < ?)"
              + " and case_key = ? order by id fetch first " + batch + " rows only for update skip locked", Long.class,
              Timestamp.from(now), caseKey);
      List<Long> mine = new ArrayList<>();
      for (Long id : candidates) {
        // the condition again: a database that waited instead of skipping sees the other worker's claim here
        if (jdbc.update("update mail_outbox set locked_until = ?, claim_token = ?, attempts = attempts + 1 where id = ?"
            + " and status = 'QUEUED' and (locked_until is null or locked_until < ?)", Timestamp.from(claim.until()),
            claim.token(), id, Timestamp.from(now)) == 1) {
          mine.add(id);
        }
      }
      if (!mine.isEmpty()) {
        claim.mails().addAll(jdbc.query("select " + COLUMNS + " from mail_outbox where claim_token = ? order by id",
            MailOutbox::row, claim.token()));
      }
    });
    return claim;
  }

  /** The claimed mail went out. False when the claim was lost meanwhile (lease over: another worker may send it). */
  boolean sent(OutboxMail mail, Claim claim) {
    return jdbc.update("update mail_outbox set status = 'SENT', sent_at = ?, locked_until = null, last_error = null"
        + " where id = ? and claim_token = ?", Timestamp.from(clock.instant()), mail.id(), claim.token()) == 1;
  }

  /** The claimed mail failed and a {@code notification} instance now retries it (in the caller's transaction). */
  boolean handedOver(OutboxMail mail, Claim claim, String error) {
    return jdbc.update("update mail_outbox set status = 'HANDED_OVER', locked_until = null, last_error = ?"
        + " where id = ? and claim_token = ?", cut(error, 500), mail.id(), claim.token()) == 1;
  }

  /** The {@code notification} instance that took over this mail sent it. */
  void sentAfterHandOver(long id) {
    jdbc.update("update mail_outbox set status = 'SENT', sent_at = ?, last_error = null where id = ?",
        Timestamp.from(clock.instant()), id);
  }

  /** Deletes the mails sent before {@code before}; returns how many. */
  int deleteSentBefore(Instant before) {
    return jdbc.update("delete from mail_outbox where status = 'SENT' and sent_at < ?", Timestamp.from(before));
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static OutboxMail row(ResultSet rs, int i) throws SQLException {
    long letter = rs.getLong("letter_id");
    Long letterId = rs.wasNull() ? null : letter;
    Timestamp sent = rs.getTimestamp("sent_at");
    return new OutboxMail(rs.getLong("id"), rs.getString("case_key"), rs.getString("to_user"), rs.getString("to_group"),
        rs.getString("to_email"), rs.getString("subject"), rs.getString("body"), letterId,
        rs.getTimestamp("created_at").toInstant(), OutboxMail.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
        sent == null ? null : sent.toInstant(), rs.getString("last_error"));
  }
}
