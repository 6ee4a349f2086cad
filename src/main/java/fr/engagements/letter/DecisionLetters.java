package fr.engagements.letter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Issues and keeps the decision letters. {@link #issue} renders the letter and writes it with the
 * connection of the current transaction — the engine's, when called from a delegate or a listener — so
 * the letter exists exactly when the step that took the decision committed. A step run again (a retried
 * job, a re-executed activity) finds its letter by case, kind and round and gets it back unchanged.
 */
@Service
public class DecisionLetters {

  private static final String COLUMNS = "id, business_key, process_key, process_instance_id, kind, round_no, decision, rule_table,"
      + " rule_version, issued_on, recipient_id, recipient_name, filename, sha256, created_at, pdf_purged_at";

  private final JdbcTemplate jdbc;
  private final LetterRenderer renderer;
  private final Clock clock;

  DecisionLetters(JdbcTemplate jdbc, LetterRenderer renderer, Clock clock) {
    this.jdbc = jdbc;
    this.renderer = renderer;
    this.clock = clock;
  }

  /** The letter of this case, kind and round: the one already issued, else a new one dated today. */
  public Letter issue(LetterRequest request) {
    Optional<Letter> existing = find(request.businessKey, request.kind, request.round);
    if (existing.isPresent()) {
      return existing.get();
    }
    LocalDate today = LocalDate.now(clock);
    byte[] pdf = renderer.pdf(request.kind.template(), model(request, today));
    String filename = request.businessKey + "-" + request.kind.slug() + (request.round > 1 ? "-" + request.round : "") + ".pdf";
    String sha256 = sha256(pdf);
    Instant now = clock.instant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("insert into decision_letter (business_key, process_key,"
          + " process_instance_id, kind, round_no, decision, rule_table, rule_version, issued_on, recipient_id, recipient_name,"
          + " filename, pdf, sha256, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      insert.setString(1, request.businessKey);
      insert.setString(2, request.processKey);
      insert.setString(3, request.processInstanceId);
      insert.setString(4, request.kind.name());
      insert.setInt(5, request.round);
      insert.setString(6, request.decision);
      insert.setString(7, request.ruleTable);
      insert.setObject(8, request.ruleVersion, java.sql.Types.INTEGER);
      insert.setObject(9, today);
      insert.setString(10, request.recipientId);
      insert.setString(11, request.recipientName);
      insert.setString(12, filename);
      insert.setBytes(13, pdf);
      insert.setString(14, sha256);
      insert.setTimestamp(15, Timestamp.from(now));
      return insert;
    }, key);
    long id = key.getKey().longValue();
    return new Letter(id, request.businessKey, request.processKey, request.processInstanceId, request.kind, request.round,
        request.decision, request.ruleTable, request.ruleVersion, today, request.recipientId, request.recipientName, filename,
        sha256, now, null);
  }

  /** What the template sees: the facts, and what every letter prints (case, recipient, date, table). */
  static Map<String, Object> model(LetterRequest request, LocalDate issuedOn) {
    Map<String, Object> model = new HashMap<>(request.facts);
    model.put("fmt", new LetterFormat());
    model.put("kindLabel", request.kind.label());
    model.put("businessKey", request.businessKey);
    model.put("reference", request.businessKey + "/" + request.kind.slug() + "/" + request.round);
    model.put("round", request.round);
    model.put("decision", request.decision);
    model.put("issuedOn", issuedOn);
    // a letter addresses the person by name and postal address, never by their login
    model.put("recipientName", request.recipientName == null || request.recipientName.isBlank()
        ? "Madame, Monsieur" : request.recipientName);
    model.put("recipientAddressLines", addressLines(request.recipientAddress, request.recipientName));
    model.put("ruleTable", request.ruleTable);
    model.put("ruleVersion", request.ruleVersion);
    model.putIfAbsent("sender", request.processKey.startsWith("cer-")
        ? "Secrétariat national du Contrat d’Engagement Recherche"
        : "Contrat d'Engagement de Service Public");
    model.put("appealTo", request.kind.appeal() == null ? null : request.kind.appeal().toWhom(request.facts));
    return model;
  }

  /** The lines of a postal address as given (at most 6), without blank ones nor the name printed just above. */
  static List<String> addressLines(String address, String name) {
    if (address == null) {
      return List.of();
    }
    return address.lines().map(String::strip).filter(line -> !line.isEmpty())
        .filter(line -> name == null || !line.equalsIgnoreCase(name.strip())).limit(6).toList();
  }

  public Optional<Letter> find(String businessKey, LetterKind kind, int round) {
    return jdbc.query("select " + COLUMNS + " from decision_letter where business_key = ? and kind = ? and round_no = ?",
        DecisionLetters::letter, businessKey, kind.name(), round).stream().findFirst();
  }

  public Optional<Letter> find(long id) {
    return jdbc.query("select " + COLUMNS + " from decision_letter where id = ?", DecisionLetters::letter, id).stream().findFirst();
  }

  /** The letters of a case, oldest first. */
  public List<Letter> ofCase(String businessKey) {
    return jdbc.query("select " + COLUMNS + " from decision_letter where business_key = ? order by id", DecisionLetters::letter,
        businessKey);
  }

  /** The letters addressed to a person, oldest first. */
  public List<Letter> ofRecipient(String recipientId) {
    return jdbc.query("select " + COLUMNS + " from decision_letter where recipient_id = ? order by id", DecisionLetters::letter,
        recipientId);
  }

  /** The PDF, unless it was deleted after the retention period. */
  public Optional<byte[]> pdf(long id) {
    return jdbc.query("select pdf from decision_letter where id = ?", (rs, i) -> rs.getBytes(1), id).stream()
        .filter(bytes -> bytes != null).findFirst();
  }

  /** GDPR retention: deletes the PDFs of a case, keeping each letter's row and SHA-256 as proof of what was sent. */
  public int purgePdfs(String businessKey) {
    return jdbc.update("update decision_letter set pdf = null, pdf_purged_at = ? where business_key = ? and pdf_purged_at is null",
        Timestamp.from(clock.instant()), businessKey);
  }

  private static Letter letter(ResultSet rs, int row) throws SQLException {
    Timestamp purged = rs.getTimestamp("pdf_purged_at");
    Object version = rs.getObject("rule_version");
    return new Letter(rs.getLong("id"), rs.getString("business_key"), rs.getString("process_key"),
        rs.getString("process_instance_id"), LetterKind.valueOf(rs.getString("kind")), rs.getInt("round_no"),
        rs.getString("decision"), rs.getString("rule_table"), version == null ? null : ((Number) version).intValue(),
        rs.getObject("issued_on", LocalDate.class), rs.getString("recipient_id"), rs.getString("recipient_name"),
        rs.getString("filename"), rs.getString("sha256"), rs.getTimestamp("created_at").toInstant(),
        purged == null ? null : purged.toInstant());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
