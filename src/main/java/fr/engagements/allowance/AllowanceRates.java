package fr.engagements.allowance;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The monthly allowance of each contract (CER_F1, CESP_2), read from the table {@code allowance_rate}: every
 * payment, letter and notice that states an amount asks here. A month is paid at the rate in force on its
 * first day; an administrator changes the rate by adding one from a later month.
 */
@Service
public class AllowanceRates {

  /** A monthly rate and the first month it applies to. */
  public record Rate(ContractKind kind, LocalDate validFrom, long grossCents, long netCents) {
  }

  private final JdbcClient jdbc;

  AllowanceRates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The rate of that month (any day of it); a month before every rate is a configuration error. */
  public Rate monthlyRate(ContractKind kind, LocalDate month) {
    LocalDate first = month.withDayOfMonth(1);
    return jdbc.sql("select contract_kind as kind, valid_from, gross_cents, net_cents from allowance_rate"
            + " where contract_kind = :kind and valid_from <= :month order by valid_from desc fetch first 1 rows only")
        .param("kind", kind.name()).param("month", first)
        .query(Rate.class).optional()
        .orElseThrow(() -> new IllegalStateException("No " + kind + " allowance rate for " + first
            + " (table allowance_rate): add the rate in force from that month."));
  }

  /** Every rate of a contract, oldest first. */
  public List<Rate> history(ContractKind kind) {
    return jdbc.sql("select contract_kind as kind, valid_from, gross_cents, net_cents from allowance_rate"
            + " where contract_kind = :kind order by valid_from").param("kind", kind.name()).query(Rate.class).list();
  }

  /** A new rate from the first day of {@code month}. */
  public Rate add(ContractKind kind, LocalDate month, long grossCents, long netCents) {
    Rate rate = new Rate(kind, month.withDayOfMonth(1), grossCents, netCents);
    jdbc.sql("insert into allowance_rate (contract_kind, valid_from, gross_cents, net_cents) values (:kind, :from, :gross, :net)")
        .param("kind", kind.name()).param("from", rate.validFrom()).param("gross", grossCents).param("net", netCents)
        .update();
    return rate;
  }
}
