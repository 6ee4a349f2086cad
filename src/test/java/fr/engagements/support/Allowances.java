package fr.engagements.support;

import java.time.LocalDate;
import java.util.function.ToLongFunction;

import fr.engagements.allowance.AllowanceRates;
import fr.engagements.allowance.AllowanceRates.Rate;
import fr.engagements.allowance.ContractKind;

/** Expected allowance sums, month by month at the rates of {@code allowance_rate}: tests copy no amount. */
public final class Allowances {

  private final AllowanceRates rates;
  private final ContractKind kind;

  private Allowances(AllowanceRates rates, ContractKind kind) {
    this.rates = rates;
    this.kind = kind;
  }

  public static Allowances of(AllowanceRates rates, ContractKind kind) {
    return new Allowances(rates, kind);
  }

  /** Gross paid for {@code months} consecutive months from the month of {@code first}. */
  public long gross(LocalDate first, int months) {
    return sum(first, months, Rate::grossCents);
  }

  /** Net paid for {@code months} consecutive months from the month of {@code first}. */
  public long net(LocalDate first, int months) {
    return sum(first, months, Rate::netCents);
  }

  public Rate rate(LocalDate month) {
    return rates.monthlyRate(kind, month);
  }

  private long sum(LocalDate first, int months, ToLongFunction<Rate> amount) {
    long total = 0;
    for (int i = 0; i < months; i++) {
      total += amount.applyAsLong(rates.monthlyRate(kind, first.withDayOfMonth(1).plusMonths(i)));
    }
    return total;
  }
}
