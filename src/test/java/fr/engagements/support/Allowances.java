package fr.engagements.support;

import java.time.LocalDate;

import fr.engagements.allowance.AllowanceRates;
import fr.engagements.allowance.AllowanceRates.Rate;
import fr.engagements.allowance.ContractKind;

/**
 * Expected allowance sums, written from the rules and not read from the application's rate table (a test computing
 * its expectation with the code it checks would prove nothing): CER_F1 and CESP_2 say 1,200 EUR gross and 1,106.88
 * EUR net a month, i.e. 120,000 and 110,688 cents. A test that changes the rates states its own amounts.
 */
public final class Allowances {

  /** CER_F1, CESP_2: a month of allowance, gross. */
  public static final long MONTH_GROSS_CENTS = 120_000L;
  /** CER_F1, CESP_2: a month of allowance, net. */
  public static final long MONTH_NET_CENTS = 110_688L;

  private final ContractKind kind;

  private Allowances(ContractKind kind) {
    this.kind = kind;
  }

  /** The rates argument is not read: kept so that callers need not change. */
  public static Allowances of(AllowanceRates rates, ContractKind kind) {
    return new Allowances(kind);
  }

  /** Gross paid for {@code months} consecutive months from the month of {@code first}. */
  public long gross(LocalDate first, int months) {
    return months * MONTH_GROSS_CENTS;
  }

  /** Net paid for {@code months} consecutive months from the month of {@code first}. */
  public long net(LocalDate first, int months) {
    return months * MONTH_NET_CENTS;
  }

  /** The month's rate as the rules state it. */
  public Rate rate(LocalDate month) {
    return new Rate(kind, month.withDayOfMonth(1), MONTH_GROSS_CENTS, MONTH_NET_CENTS);
  }
}
