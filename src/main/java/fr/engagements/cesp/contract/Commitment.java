package fr.engagements.cesp.contract;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.engagements.allowance.ContractKind;
import fr.engagements.allowance.Ledger;
import fr.engagements.cesp.CespContractProcess.Elements;
import fr.engagements.config.EngineClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;

/**
 * The commitment (CESP_3): practise in an underserved zone for as many months as the allowance was paid,
 * and at least 24. A month is served at each monthly anniversary of the start that does not fall in a
 * suspension (CESP_10: the clock stops from the suspension's date until the resumption's).
 *
 * <p>Since cesp-contract 1.2 nothing counts the months: they are computed from the dates ({@link #monthsServed}), and ONE
 * timer waits for the computed end (start + months required + months suspended). A suspension moves the timer far away
 * ({@link #FAR}); the resumption adds the anniversaries it covered to {@code commitmentMonthsSuspended} and re-dates it.
 */
@Service
public class Commitment {

  public static final int MINIMUM_MONTHS = 24;
  /** The timer's date while the contract is suspended: the end is unknown until the resumption. */
  static final LocalDate FAR = LocalDate.of(9999, 12, 31);

  private final Ledger ledger;
  private final Clock clock;

  Commitment(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  public static int requiredMonths(long monthsPaid) {
    return (int) Math.max(MINIMUM_MONTHS, monthsPaid);
  }

  /**
   * The months served on {@code day}, from the contract's variables (raw values, as the engine or its history holds them):
   * the anniversaries of the start up to that day, less those in an ended suspension and in the suspension under way;
   * at most the months required. Null when the commitment has not started.
   */
  public static Integer monthsServed(Function<String, Object> variables, LocalDate day) {
    Object start = variables.apply(COMMITMENT_START_DATE.name());
    Object required = variables.apply(COMMITMENT_MONTHS_REQUIRED.name());
    if (!(start instanceof String s) || !(required instanceof Integer r)) {
      return null;
    }
    LocalDate started = LocalDate.parse(s);
    int suspendedMonths = variables.apply(COMMITMENT_MONTHS_SUSPENDED.name()) instanceof Integer m ? m : 0;
    int served = anniversaries(started, started, day) - suspendedMonths - openSuspensionMonths(variables, started, day);
    return Math.max(0, Math.min(r, served));
  }

  /** Same, from a map of variables (My cases reads them from the history). */
  public static Integer monthsServed(Map<String, ?> variables, LocalDate day) {
    return monthsServed(variables::get, day);
  }

  /** The day the commitment ends if no other suspension comes; empty while suspended or before the start. */
  public static Optional<LocalDate> endDate(Function<String, Object> variables) {
    Object start = variables.apply(COMMITMENT_START_DATE.name());
    Object required = variables.apply(COMMITMENT_MONTHS_REQUIRED.name());
    if (!(start instanceof String s) || !(required instanceof Integer r) || Boolean.TRUE.equals(variables.apply(SUSPENDED.name()))) {
      return Optional.empty();
    }
    int suspendedMonths = variables.apply(COMMITMENT_MONTHS_SUSPENDED.name()) instanceof Integer m ? m : 0;
    return Optional.of(LocalDate.parse(s).plusMonths((long) r + suspendedMonths));
  }

  /** The monthly anniversaries {@code start + k months} (k ≥ 1) with {@code from <= anniversary <= to}. */
  static int anniversaries(LocalDate start, LocalDate from, LocalDate to) {
    int count = 0;
    for (int k = 1; !start.plusMonths(k).isAfter(to); k++) {
      if (!start.plusMonths(k).isBefore(from)) {
        count++;
      }
    }
    return count;
  }

  /** The anniversaries up to {@code day} in the suspension under way (from its date, or a migrated contract's last count). */
  private static int openSuspensionMonths(Function<String, Object> variables, LocalDate start, LocalDate day) {
    if (!Boolean.TRUE.equals(variables.apply(SUSPENDED.name())) || !(variables.apply(SUSPENDED_SINCE.name()) instanceof String since)) {
      return 0;
    }
    return anniversaries(start, openFrom(variables, LocalDate.parse(since)), day);
  }

  /** A contract migrated from 1.1 already counted the anniversaries before its {@code commitmentMonth}: never twice. */
  private static LocalDate openFrom(Function<String, Object> variables, LocalDate since) {
    if (variables.apply(COMMITMENT_MONTH.name()) instanceof String counted && LocalDate.parse(counted).isAfter(since)) {
      return LocalDate.parse(counted);
    }
    return since;
  }

  private static Function<String, Object> of(DelegateExecution execution) {
    return execution::getVariable;
  }

  public void start(DelegateExecution execution) {
    String ref = execution.getProcessBusinessKey();
    long paid = ledger.allowanceMonthsPaid(ref);
    int required = requiredMonths(paid);
    LocalDate start = COMMITMENT_START_DATE.get(execution);
    ledger.recordServiceObligation(ContractKind.CESP, ref, start, required, "Engagement CESP : " + required
        + " mois d'exercice en zone sous-dotée (" + paid + " mois d'allocation, minimum " + MINIMUM_MONTHS + ")");
    COMMITMENT_MONTHS_REQUIRED.set(execution, required);
    COMMITMENT_MONTHS_SERVED.set(execution, 0);
    COMMITMENT_MONTHS_SUSPENDED.set(execution, 0);
    COMMITMENT_COMPLETE.set(execution, false);
    ALLOWANCE_PAID_CENTS.set(execution, ledger.allowanceGrossPaid(ref));
    if (monthlyModel(execution)) {
      // a contract still on 1.1 (not migrated yet) counts month by month
      COMMITMENT_MONTH.set(execution, start.plusMonths(1));
      NEXT_COMMITMENT_DATE.set(execution, timerDate(start.plusMonths(1)));
      return;
    }
    // the timer is created after this step, from this variable
    COMMITMENT_END_DATE.set(execution, timerDate(endDate(of(execution)).orElse(FAR)));
  }

  /** True on cesp-contract 1.0/1.1, whose commitment clock is the monthly loop (no end timer). */
  private static boolean monthlyModel(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getProcessDefinition().findActivity(Elements.COMMITMENT_END_TIMER) == null;
  }

  /** The end timer fired: the commitment is complete if the months served reach those required, else the timer waits again. */
  public void check(DelegateExecution execution) {
    int served = monthsServed(of(execution), LocalDate.now(clock));
    COMMITMENT_MONTHS_SERVED.set(execution, served);
    boolean complete = served >= COMMITMENT_MONTHS_REQUIRED.get(execution);
    COMMITMENT_COMPLETE.set(execution, complete);
    if (!complete) {
      // a migrated contract's first firing (its old monthly date), or a timer not moved in time: wait for the computed end
      COMMITMENT_END_DATE.set(execution, timerDate(endDate(of(execution)).orElse(FAR)));
    }
  }

  /** The monthly count of cesp-contract 1.0/1.1 (one timer a month), for the contracts not yet migrated to 1.2. */
  void countMonthOfVersion11(DelegateExecution execution) {
    if (Boolean.TRUE.equals(SUSPENDED.get(execution))) {
      COMMITMENT_MONTHS_SUSPENDED.set(execution, COMMITMENT_MONTHS_SUSPENDED.get(execution) + 1);
    } else {
      COMMITMENT_MONTHS_SERVED.set(execution, COMMITMENT_MONTHS_SERVED.get(execution) + 1);
    }
    COMMITMENT_COMPLETE.set(execution, COMMITMENT_MONTHS_SERVED.get(execution) >= COMMITMENT_MONTHS_REQUIRED.get(execution));
    int counted = COMMITMENT_MONTHS_SERVED.get(execution) + COMMITMENT_MONTHS_SUSPENDED.get(execution);
    LocalDate next = COMMITMENT_START_DATE.get(execution).plusMonths(counted + 1L);
    COMMITMENT_MONTH.set(execution, next);
    NEXT_COMMITMENT_DATE.set(execution, timerDate(next));
  }

  /** CESP_10: called once the contract is marked suspended; the clock stops (the timer goes far away). */
  public void suspended(DelegateExecution execution) {
    if (!started(execution)) {
      return;
    }
    COMMITMENT_MONTHS_SERVED.set(execution, monthsServed(of(execution), LocalDate.now(clock)));
    redate(execution, FAR);
  }

  /**
   * CESP_10: called before the contract is marked resumed on {@code resumed}: the anniversaries of the suspension count as
   * suspended, and the timer waits for the new end.
   */
  public void resuming(DelegateExecution execution, LocalDate resumed) {
    if (!started(execution)) {
      return;
    }
    LocalDate start = COMMITMENT_START_DATE.get(execution);
    LocalDate from = openFrom(of(execution), SUSPENDED_SINCE.get(execution));
    int covered = resumed.isAfter(from) ? anniversaries(start, from, resumed.minusDays(1)) : 0;
    COMMITMENT_MONTHS_SUSPENDED.set(execution, COMMITMENT_MONTHS_SUSPENDED.find(execution).orElse(0) + covered);
    SUSPENDED.set(execution, false);
    COMMITMENT_MONTHS_SERVED.set(execution, monthsServed(of(execution), LocalDate.now(clock)));
    redate(execution, endDate(of(execution)).orElse(FAR));
  }

  private static boolean started(DelegateExecution execution) {
    return !monthlyModel(execution) && COMMITMENT_MONTHS_REQUIRED.find(execution).isPresent() && !Boolean.TRUE.equals(COMMITMENT_COMPLETE.find(execution).orElse(false));
  }

  /** Moves the waiting end timer (same transaction: the engine's nested command reuses the delegate's context). */
  private static void redate(DelegateExecution execution, LocalDate end) {
    COMMITMENT_END_DATE.set(execution, timerDate(end));
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    Date due = Date.from(end.atStartOfDay(EngineClock.ZONE).toInstant());
    for (Job job : management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId(Elements.COMMITMENT_END_TIMER).list()) {
      management.setJobDuedate(job.getId(), due);
    }
  }

  private static String timerDate(LocalDate day) {
    return day.atStartOfDay(EngineClock.ZONE).toOffsetDateTime().toString();
  }
}
