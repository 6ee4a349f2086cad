package fr.engagements.privacy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The unsuccessful cases of one contract whose retention period (a campaign setting, default 2 years) has
 * passed, and how to purge what that contract keeps beside the engine (bank details…). Implemented by each
 * contract over its own tables; {@link DocumentRetention} deletes the engine's documents and letters' PDFs.
 */
public interface RetainedCases {

  /** A case whose documents must go. */
  record Expired(String businessKey, String processInstanceId) {
  }

  List<Expired> expiredAt(Instant now);

  /** Deletes the contract's own restricted data of the case and marks it purged (same transaction as the rest). */
  void purged(Expired expired, Instant at);

  /**
   * The common reading: {@code sql} selects {@code business_key, process_instance_id, ended_at, retention_years}
   * of the ended, unsuccessful, not yet purged cases; those whose retention period has passed are returned.
   */
  static List<Expired> endedBefore(JdbcTemplate jdbc, String sql, Instant now) {
    return jdbc.query(sql, (rs, i) -> {
      Instant ended = rs.getTimestamp("ended_at").toInstant();
      Instant expiry = ended.atOffset(ZoneOffset.UTC).plusYears(rs.getInt("retention_years")).toInstant();
      return expiry.isAfter(now) ? null : new Expired(rs.getString("business_key"), rs.getString("process_instance_id"));
    }).stream().filter(Objects::nonNull).toList();
  }
}
