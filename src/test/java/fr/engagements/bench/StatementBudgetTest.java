package fr.engagements.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.engagements.Application;
import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.jury.JurySessions;
import fr.engagements.notification.MailOutboxWorker;
import fr.engagements.support.CerFixtures;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The statement budget of a whole CER case (issue 17): the benchmark's journey (bench/README.md, step 3) — start,
 * dossier, an entry session, funding, project, five signatures, defense, a post session, research confirmed — run
 * through the benchmark's own counter, the e-mails it queues sent by the outbox worker and counted with it (profile {@code bench}: every SQL statement the application's DataSource
 * executes, each row of a batch counted) for {@value #CASES} candidacies decided by one session of each kind.
 * Statement counts do not depend on the machine, so this is an exact figure, not a timing: the test fails when a case
 * costs more than its budget plus 10 %, so that a gain cannot silently erode. When a change lowers the figure, lower
 * the budget with it (the failure message gives the figure measured).
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // as the benchmark runs: the demo's jury, users and grants; on a database of its own, so that the demo's cases never
    // meet the other tests' (which share the test database)
    "spring.datasource.url=jdbc:h2:mem:engagements-budget;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
    "engagements.seed.demo=true",
    // no SMTP server of its own (the suite's context holds the port): the mails are queued and "sent" by the outbox
    // worker as usual (its statements count), without a connection
    "engagements.test.mail-server=false", "engagements.mail.enabled=false"})
@ActiveProfiles({"test", "bench"})
class StatementBudgetTest {

  /** Candidacies per session, as in the benchmark's quick run (bench/README.md, run E). */
  static final int CASES = 12;
  /**
   * Statements per whole case (engine calls and the outbox's sends, the sessions' share included), measured on H2 on
   * 2026-12-03: 2,777 before the e-mail outbox, 1,566 after, 1,503 with history written where it is read
   * (process.ReadHistoryPlugin, bench/README.md run L; issue 17's target: 800).
   */
  static final long STATEMENT_BUDGET = 1_510;
  /** Engine transactions per whole case (starts, task completions, jobs, the sessions' share), same runs: 48, then 24.2. */
  static final double TRANSACTION_BUDGET = 25;

  @Autowired
  ProcessEngine engine;
  @Autowired
  JurySessions sessions;
  @Autowired
  CerDemoData demo;
  @Autowired
  MailOutboxWorker mailWorker;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aWholeCerCaseStaysWithinItsStatementBudget() {
    if (Boolean.getBoolean("budget.engineHistory")) {
      // the comparison of bench/README.md run L: every history event written, as by the engine's default handler
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).setHistoryEventHandler(new DbHistoryEventHandler());
    }
    Driver driver = new Driver(engine);
    driver.mailWorker = mailWorker;
    Sitting sitting = new Sitting(driver, sessions, demo);
    int year = CerFixtures.emptyCampaign(demo, 1_000);
    Driver.setToday(LocalDate.of(year, 10, 1));
    // warm-up: the first of each statement (deployment cache, directory, campaign) is not a case's cost
    CerJourney.batch(driver, sitting, year, 1, 2);
    driver.resetStats();
    sitting.reset();
    long transactions0 = driver.transactions.get();
    Sql.BY_SQL.clear();
    Sql.profile = true;

    List<CerJourney> cases;
    try {
      cases = CerJourney.batch(driver, sitting, year, 1, CASES);
    } finally {
      Sql.profile = false;
    }
    printProfile();
    printHistoryRows(cases);

    assertThat(cases).hasSize(CASES).allSatisfy(c -> assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(c.processInstanceId).count()).as("%s ended", c.businessKey).isZero());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(cases.get(0).processInstanceId)
        .singleResult().getEndActivityId()).isEqualTo(CerCandidacyProcess.Elements.END_RESEARCH_COMPLETED);
    double statements = (double) driver.engineStatements() / CASES;
    double transactions = (double) (driver.transactions.get() - transactions0) / CASES;
    assertThat(statements).as("statements per whole CER case (budget %d + 10 %%; sessions' share %.0f)", STATEMENT_BUDGET,
        (double) sitting.statements.get() / CASES).isGreaterThan(0).isLessThanOrEqualTo(STATEMENT_BUDGET * 1.10);
    assertThat(transactions).as("engine transactions per whole CER case (budget %.0f + 10 %%)", TRANSACTION_BUDGET)
        .isLessThanOrEqualTo(TRANSACTION_BUDGET * 1.10);
    System.out.printf("Per start %.1f, per task completion %.1f, per job %.1f, per mail sent %.1f statements%n",
        perCall(driver.starts), perCall(driver.completions), perCall(driver.jobs), perCall(driver.mails));
    System.out.printf("Statement budget: %.1f statements and %.1f engine transactions per whole CER case (budgets %d, %.0f)%n",
        statements, transactions, STATEMENT_BUDGET, TRANSACTION_BUDGET);
  }

  private static double perCall(Driver.Stat stat) {
    return stat.calls.get() == 0 ? 0 : (double) stat.statements.get() / stat.calls.get();
  }

  /**
   * The measured batch's statements per case by kind and table, then the most frequent texts (all threads, the
   * sessions' share included): where a case's statements go (bench/README.md, run L).
   */
  static void printProfile() {
    Map<String, Long> byTable = new TreeMap<>();
    Sql.BY_SQL.forEach((sql, n) -> byTable.merge(kindAndTable(sql), n.get(), Long::sum));
    System.out.println("Statements per case by kind and table:");
    byTable.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> System.out.printf("%8.1f  %s%n", (double) e.getValue() / CASES, e.getKey()));
    long removalTime = Sql.BY_SQL.entrySet().stream()
        .filter(e -> e.getKey().toLowerCase(Locale.ROOT).startsWith("update") && e.getKey().toUpperCase(Locale.ROOT).contains("REMOVAL_TIME_")
            && e.getKey().toUpperCase(Locale.ROOT).contains("ROOT_PROC_INST_ID_ ="))
        .mapToLong(e -> e.getValue().get()).sum();
    System.out.printf("Removal-time updates per case: %.1f%n", (double) removalTime / CASES);
    Sql.BY_SQL.entrySet().stream().filter(e -> e.getKey().toUpperCase(Locale.ROOT).contains("SET REMOVAL_TIME_"))
        .forEach(e -> System.out.printf("%8.1f  %s%n", (double) e.getValue().get() / CASES,
            e.getKey().length() > 120 ? e.getKey().substring(0, 120) : e.getKey()));
    System.out.println("Most frequent statements (per case):");
    Sql.BY_SQL.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get())).limit(60)
        .forEach(e -> System.out.printf("%8.1f  %s%n", (double) e.getValue().get() / CASES,
            e.getKey().length() > 200 ? e.getKey().substring(0, 200) : e.getKey()));
  }

  /** The history rows the measured cases left, per case, by process and kind (which ones something reads). */
  static void printHistoryRows(List<CerJourney> cases) {
    String since = "(select min(START_TIME_) from ACT_HI_PROCINST where PROC_INST_ID_ = '" + cases.get(0).processInstanceId + "')";
    String[] queries = {
        "select 'detail ' || D.TYPE_ || ' ' || coalesce(D.PROC_DEF_KEY_, '-') || (case when D.TASK_ID_ is null then '' else ' task' end)"
            + " || ' ' || coalesce(D.VAR_TYPE_, '-') || (case when D.BYTEARRAY_ID_ is null then '' else ' +bytes' end) k"
            + " from ACT_HI_DETAIL D where D.TIME_ >= " + since,
        "select 'varinst ' || coalesce(V.PROC_DEF_KEY_, '-') || ' ' || coalesce(V.VAR_TYPE_, '-') k from ACT_HI_VARINST V"
            + " where V.CREATE_TIME_ >= " + since,
        "select 'actinst ' || coalesce(A.PROC_DEF_KEY_, '-') k from ACT_HI_ACTINST A where A.START_TIME_ >= " + since,
        "select 'joblog ' || J.JOB_STATE_ || ' ' || coalesce(J.PROCESS_DEF_KEY_, '-') k from ACT_HI_JOB_LOG J where J.TIMESTAMP_ >= "
            + since,
        "select 'identitylink ' || L.TYPE_ || ' ' || L.OPERATION_TYPE_ || ' ' || coalesce(L.PROC_DEF_KEY_, '-') k from ACT_HI_IDENTITYLINK L"
            + " where L.TIMESTAMP_ >= " + since,
        "select 'oplog ' || O.ENTITY_TYPE_ || ' ' || O.OPERATION_TYPE_ || ' ' || coalesce(O.PROC_DEF_KEY_, '-') k from ACT_HI_OP_LOG O"
            + " where O.TIMESTAMP_ >= " + since,
        "select 'bytearray ' || B.TYPE_ k from ACT_GE_BYTEARRAY B where B.CREATE_TIME_ >= " + since};
    System.out.println("History rows per case (left by the measured batch):");
    try (java.sql.Connection c = Sql.raw().getConnection(); java.sql.Statement st = c.createStatement()) {
      for (String q : queries) {
        try (java.sql.ResultSet rs = st.executeQuery("select k, count(*) from (" + q + ") x group by k order by 2 desc")) {
          while (rs.next()) {
            System.out.printf("%8.1f  %s%n", rs.getLong(2) / (double) CASES, rs.getString(1));
          }
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final Pattern TABLE = Pattern.compile("(?i)^\\s*(insert\\s+into|update|delete\\s+from|select\\b.*?\\bfrom)\\s+(\\w+)");

  static String kindAndTable(String sql) {
    Matcher m = TABLE.matcher(sql);
    if (!m.find()) {
      return "other " + (sql.length() > 40 ? sql.substring(0, 40) : sql);
    }
    String kind = m.group(1).toLowerCase(Locale.ROOT).split("\\s+")[0];
    return kind + " " + m.group(2).toUpperCase(Locale.ROOT);
  }
}
