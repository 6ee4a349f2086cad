package fr.engagements.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ConditionTimeoutException;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.JurySittingHttp;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;

/** Drives CER candidacies of the demo campaign over the REST API of a running application, as its users would. */
final class CaseDriver {

  /** CER_F1: a month of allowance is 1,200 EUR gross, 1,106.88 EUR net (written from the rule, not read from the code). */
  static final long MONTH_GROSS_CENTS = 120_000L;
  static final long MONTH_NET_CENTS = 110_688L;

  static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private final Http admin;
  private final Http secretariat;
  private final Http jury;
  private final JurySittingHttp sitting;
  final int year = LocalDate.now().getYear();

  CaseDriver(Http node) {
    this(node, node);
  }

  /** Users act on either node: {@code a} for starting and the jury, {@code b} for the secretariat. */
  CaseDriver(Http a, Http b) {
    this.admin = a.as("demo", "demo");
    this.secretariat = b.as("secretariat", "secretariat");
    this.jury = a.as("jury1", "jury1");
    this.sitting = new JurySittingHttp(a.anonymous());
  }

  /** An administrator files a candidacy for this applicant; returns the process instance id. */
  String start(String applicantId) {
    var started = admin.post("/engine-rest/process-definition/key/cer-candidacy/start",
        CerFixtures.restCandidacy(year, applicantId).body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  String task(String pid) {
    JsonNode tasks = admin.get("/engine-rest/task?maxResults=10&processInstanceId=" + pid).json();
    assertThat(tasks).as("one open task in %s", pid).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  List<String> taskKeys(String pid) {
    List<String> keys = new ArrayList<>();
    admin.get("/engine-rest/task?maxResults=10&processInstanceId=" + pid).json()
        .forEach(t -> keys.add(t.path("taskDefinitionKey").asText()));
    return keys;
  }

  void verify(String pid) {
    assertThat(secretariat.post("/engine-rest/task/" + task(pid) + "/complete",
        Vars.of().bool("dossierComplete", true).body()).status()).isEqualTo(204);
  }

  /** The jury admits in session (CER_J5): the session holding the candidacy sits, or one is planned for today. */
  void admit(String pid) {
    if (!taskKeys(pid).contains("decideEntry")) {
      return;
    }
    String businessKey = admin.get("/engine-rest/process-instance/" + pid).json().path("businessKey").asText();
    sitting.decision("ADMITTED").motivation("Parcours convaincant.").sit(businessKey, LocalDate.now());
  }

  long paidCents(String pid) {
    var r = admin.get("/engine-rest/process-instance/" + pid + "/variables/allowancePaidCents");
    return r.status() == 200 ? r.json().path("value").asLong() : 0L;
  }

  /** Waits until the job executor has paid this much to each of these candidacies. */
  void awaitPaid(List<String> pids, long cents) {
    try {
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
          .until(() -> pids.stream().allMatch(pid -> paidCents(pid) == cents));
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("Not all paid " + cents + ": " + pids.stream().map(pid -> pid + "=" + paidCents(pid)).toList()
          + "; jobs: " + admin.get("/engine-rest/job?maxResults=100").body(), e);
    }
  }

  /** The next monthly payments become due now (an administrator moves the timers' due dates). */
  List<String> makeNextPaymentsDue(List<String> pids) {
    List<String> jobs = new ArrayList<>();
    String now = OffsetDateTime.now().minusSeconds(1).format(REST_DATE);
    for (String pid : pids) {
      JsonNode timer = admin.get("/engine-rest/job?maxResults=10&processInstanceId=" + pid + "&activityId=nextAllowanceMonth").json();
      assertThat(timer).as("next payment of %s", pid).hasSize(1);
      String id = timer.get(0).path("id").asText();
      assertThat(admin.put("/engine-rest/job/" + id + "/duedate", Http.object().put("duedate", now).put("cascade", false)).status())
          .isEqualTo(204);
      jobs.add(id);
    }
    return jobs;
  }

  long deployments() {
    return admin.get("/engine-rest/deployment/count").json().path("count").asLong();
  }

  String variable(String pid, String name) {
    return admin.get("/engine-rest/process-instance/" + pid + "/variables/" + name).json().path("value").asText();
  }

  /** The monthly payment timers due now (a fired one leaves a payment job, then a timer for the month after). */
  long dueTimers() {
    return admin.get("/engine-rest/job/count?executable=true&activityId=nextAllowanceMonth").json().path("count").asLong();
  }

  long executableJobs() {
    return admin.get("/engine-rest/job/count?executable=true").json().path("count").asLong();
  }

  /** The ledger of a person's contracts, from the administrators' personal-data export. */
  JsonNode ledgerOf(String applicantId) {
    return admin.get("/api/admin/persons/" + applicantId + "/export").json().path("ledger");
  }

  void awaitNoExecutableJob() {
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> executableJobs() == 0);
  }

  /** The allowance lines of a ledger export (other lines, e.g. an obligation, are not payments). */
  static List<JsonNode> allowances(JsonNode ledger) {
    List<JsonNode> lines = new ArrayList<>();
    ledger.forEach(line -> {
      if ("ALLOWANCE".equals(line.path("entry_type").asText())) {
        lines.add(line);
      }
    });
    return lines;
  }

  /** A ledger line pays one month at the CER_F1 rate, to the cent. */
  static void assertMonthOfAllowance(JsonNode line) {
    assertThat(line.path("gross_cents").asLong()).as("gross of %s", line).isEqualTo(MONTH_GROSS_CENTS);
    assertThat(line.path("net_cents").asLong()).as("net of %s", line).isEqualTo(MONTH_NET_CENTS);
  }
}
