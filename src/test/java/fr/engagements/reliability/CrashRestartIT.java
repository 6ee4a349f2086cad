package fr.engagements.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.support.PackagedApp;
import fr.engagements.support.TestPostgres;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Crash and restart: the packaged application, on PostgreSQL and on the default H2 file database, is
 * killed (SIGKILL) while its job executor is paying allowances (the killed node's database is read to prove that
 * some payments were still due); restarted, every case is where it was (candidacies waiting in verifyDossier,
 * decideEntry keep their tasks and variables), every month is paid exactly once at the CER_F1 rate (120,000 cents
 * gross, 110,688 net), the job executor takes up the work it left, and the unchanged models are not redeployed.
 */
class CrashRestartIT {

  @TempDir
  Path dir;

  private String[] arguments(String database) {
    String url = "postgres".equals(database)
        ? TestPostgres.newDatabase("crash_" + System.nanoTime())
        : "jdbc:h2:file:" + dir.resolve("engagements") + ";LOCK_TIMEOUT=10000";
    return new String[] {"--spring.datasource.url=" + url, "--spring.profiles.active=demo",
        "--spring.datasource.username=" + user(database), "--spring.datasource.password=" + password(database),
        // a crashed node's job locks expire quickly, so that the restarted node takes its jobs up
        "--camunda.bpm.job-execution.lock-time-in-millis=5000"};
  }

  private static String user(String database) {
    return "postgres".equals(database) ? "postgres" : "sa";
  }

  private static String password(String database) {
    return "postgres".equals(database) ? "postgres" : "";
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"postgres", "h2"})
  void CER_F1_aKilledApplicationRestartsWithEveryCaseWhereItWasAndEveryPaymentMadeOnce(String database) throws SQLException {
    String[] args = arguments(database);
    List<String> funded = new ArrayList<>();
    Map<String, String> applicantOf = new HashMap<>();
    Map<String, String> contractOf = new HashMap<>();
    Map<String, List<String>> waitingAt = new HashMap<>();
    List<String> dueTimers;
    long deployments;
    try (PackagedApp app = PackagedApp.start("crash-" + database, args)) {
      CaseDriver cases = new CaseDriver(app.http());
      for (int i = 0; i < 12; i++) {
        String applicant = "crash-" + database + "-" + i;
        String pid = cases.start(applicant);
        applicantOf.put(pid, applicant);
        if (i % 4 == 0) {
          continue; // waits in verifyDossier
        }
        cases.verify(pid);
        if (i % 4 == 1) {
          continue; // waits in decideEntry
        }
        cases.admit(pid);
        funded.add(pid);
      }
      cases.awaitPaid(funded, CaseDriver.MONTH_GROSS_CENTS);
      applicantOf.keySet().forEach(pid -> waitingAt.put(pid, cases.taskKeys(pid)));
      deployments = cases.deployments();
      for (String pid : funded) {
        List<JsonNode> admissionMonth = CaseDriver.allowances(cases.ledgerOf(applicantOf.get(pid)));
        assertThat(admissionMonth).as("before the crash, %s was paid the month of admission only", pid).hasSize(1);
        CaseDriver.assertMonthOfAllowance(admissionMonth.get(0));
        contractOf.put(pid, admissionMonth.get(0).path("contract_ref").asText());
      }

      dueTimers = cases.makeNextPaymentsDue(funded);
      // kill the node while it pays: as soon as one of the due monthly timers has fired (its payment is then an
      // asynchronous job, or already made), the others still being due
      await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
          .until(() -> cases.dueTimers() < dueTimers.size());
      app.kill();
    }

    // What the killed node left, read in its database before any node starts again: the job executor had begun
    // paying the second month, some of those payments were still due, and each case has its admission month.
    Map<String, Integer> monthsPaidAtKill = new HashMap<>();
    long dueTimersLeft;
    try (Connection db = DriverManager.getConnection(args[0].substring(args[0].indexOf('=') + 1), user(database), password(database))) {
      for (String pid : funded) {
        monthsPaidAtKill.put(pid, allowanceLines(db, contractOf.get(pid)));
      }
      dueTimersLeft = dueTimers.stream().filter(id -> jobExists(db, id)).count();
    }
    if ("postgres".equals(database)) {
      // PostgreSQL keeps every commit: the timer seen fired before the kill is gone in the database too. H2's file
      // store writes its last commits a moment later (WRITE_DELAY, 500 ms by default), so a SIGKILL may undo the
      // fired timer that the node had reported: there, only the payments still due below can be read back with certainty.
      assertThat(dueTimersLeft).as("the job executor had started on the due payments when the node was killed")
          .isLessThan(dueTimers.size());
    }
    // what proves the kill came while paying is below: a case whose second month was not yet committed
    assertThat(monthsPaidAtKill.values()).as("months of allowance committed per funded case at the kill")
        .allSatisfy(months -> assertThat(months).isBetween(1, 2))
        .contains(1); // at least one payment was still due when the JVM was killed
    List<String> stillDue = funded.stream().filter(pid -> monthsPaidAtKill.get(pid) == 1).toList();
    System.out.printf("Killed on %s with %d of %d second-month payments still due%n", database, stillDue.size(), funded.size());

    try (PackagedApp app = PackagedApp.start("crash-" + database + "-restarted", args)) {
      CaseDriver cases = new CaseDriver(app.http());
      assertThat(cases.deployments()).as("unchanged models are not redeployed").isEqualTo(deployments);
      cases.awaitPaid(funded, 2 * CaseDriver.MONTH_GROSS_CENTS);
      cases.awaitNoExecutableJob();
      for (Map.Entry<String, List<String>> waiting : waitingAt.entrySet()) {
        assertThat(cases.taskKeys(waiting.getKey())).as("case %s is where it was", waiting.getKey())
            .containsExactlyInAnyOrderElementsOf(waiting.getValue());
      }
      for (String pid : funded) {
        List<JsonNode> paid = CaseDriver.allowances(cases.ledgerOf(applicantOf.get(pid)));
        assertThat(paid).as("payments of %s: the month of admission and the next one, once each (%s at the kill)", pid,
            stillDue.contains(pid) ? "second month still due" : "second month already paid").hasSize(2);
        paid.forEach(CaseDriver::assertMonthOfAllowance);
        LocalDate first = LocalDate.parse(paid.get(0).path("period").asText());
        assertThat(LocalDate.parse(paid.get(1).path("period").asText())).as("the month after the admission month")
            .isEqualTo(first.plusMonths(1));
      }
      String waiting = waitingAt.keySet().iterator().next();
      assertThat(cases.variable(waiting, "applicantName")).as("variables survive").isEqualTo("Camille Dupont");
    }
  }

  private static int allowanceLines(Connection db, String contractRef) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(
        "select count(*) from ledger_entry where contract_ref = ? and entry_type = 'ALLOWANCE'")) {
      q.setString(1, contractRef);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private static boolean jobExists(Connection db, String jobId) {
    try (PreparedStatement q = db.prepareStatement("select count(*) from ACT_RU_JOB where ID_ = ?")) {
      q.setString(1, jobId);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getInt(1) > 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
