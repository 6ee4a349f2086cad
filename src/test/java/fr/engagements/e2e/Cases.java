package fr.engagements.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.CespFixtures;
import fr.engagements.support.Http;
import fr.engagements.support.TestDocuments;

/**
 * The browser tests' dealings over REST, outside the journey they show: what the administrator reads (the business
 * key of a case just started in the browser, the moment the next task exists, after the application's own job
 * executor ran the asynchronous steps: funding, allowance, signatures' continuations, offers), and the set-up of a
 * journey: a person of one test and the cases they filed (as Tasklist's start forms would file them).
 */
final class Cases {

  /** Asynchronous steps run in the application's job executor: wait for them, up to this long. */
  static final Duration JOBS = Duration.ofSeconds(90);

  /** The documents of a CESP dossier (the start form's file fields). */
  static final List<String> CESP_DOCUMENTS = List.of("applicationForm", "schoolingCertificate", "identityDocument", "cv",
      "motivationLetter", "rankingDeclaration", "transcripts");

  private final Http admin;

  Cases(Http admin) {
    this.admin = admin;
  }

  /**
   * Creates a person, as the administrator does in Admin (password = id), member of these groups; nothing when they
   * exist (the test run again in the same application).
   */
  void createUser(String id, String firstName, String lastName, String... groups) {
    if (admin.get("/engine-rest/user/" + encode(id) + "/profile").status() == 200) {
      return;
    }
    ObjectNode profile = Http.object();
    profile.putObject("profile").put("id", id).put("firstName", firstName).put("lastName", lastName)
        .put("email", id + "@etu.example.fr");
    profile.putObject("credentials").put("password", id);
    Http.Response created = admin.post("/engine-rest/user/create", profile);
    assertThat(created.status()).as(created.body()).isEqualTo(204);
    for (String group : groups) {
      Http.Response member = admin.put("/engine-rest/group/" + group + "/members/" + id, null);
      assertThat(member.status()).as(member.body()).isEqualTo(204);
    }
  }

  /** This person (password = id) starts this process over REST: the new instance ({@code id}, {@code businessKey}). */
  JsonNode start(String user, String processKey, Http.Vars variables) {
    Http.Response started = admin.as(user, user).post("/engine-rest/process-definition/key/" + processKey + "/start",
        variables.body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json();
  }

  /** A CER applicant of one test files an eligible candidacy with the whole dossier: its business key. */
  String fileCerCandidacy(String applicantId, String applicantName, int year) {
    return start(applicantId, "cer-candidacy", cerCandidacy(applicantId, applicantName, year)).path("businessKey").asText();
  }

  /** An eligible CER candidacy with its three documents ({@link CerFixtures#restCandidacy}), under this name. */
  static Http.Vars cerCandidacy(String applicantId, String applicantName, int year) {
    return CerFixtures.restCandidacy(year, applicantId).string("applicantName", applicantName);
  }

  /**
   * A complete CESP application of a 4th-year student to this faculty's campaign, with the IBAN and the RIB as
   * transient variables (as the start form sends them).
   */
  static Http.Vars cespApplication(String applicantId, String applicantName, int year, String ufr) {
    Http.Vars vars = Http.Vars.of()
        .string("applicantId", applicantId)
        .string("applicantName", applicantName)
        .string("applicantEmail", applicantId + "@etu.example.fr")
        .integer("campaignYear", year)
        .string("ufr", ufr)
        .string("studyLevel", "STUDENT")
        .integer("studyYear", 4)
        .bool("foreignNational", false)
        .string("expectedDiplomaDate", (year + 5) + "-06-30")
        .string("bankAccountHolder", applicantName);
    for (String document : CESP_DOCUMENTS) {
      vars.file(document, document + ".pdf", TestDocuments.PDF, "application/pdf");
    }
    ObjectNode iban = Http.object().put("value", CespFixtures.VALID_IBAN).put("type", "String");
    iban.putObject("valueInfo").put("transient", true);
    ObjectNode rib = Http.object().put("value", Base64.getEncoder().encodeToString(TestDocuments.PDF)).put("type", "File");
    rib.putObject("valueInfo").put("filename", "rib.pdf").put("mimetype", "application/pdf").put("transient", true);
    return vars.raw("iban", iban).raw("bankDetails", rib);
  }

  /** The business key of the latest instance of this process started by this user. */
  String startedBy(String processKey, String user) {
    JsonNode list = admin.get("/engine-rest/history/process-instance?processDefinitionKey=" + processKey
        + "&startedBy=" + user + "&sortBy=startTime&sortOrder=desc&maxResults=1").json();
    assertThat(list).as("a %s started by %s", processKey, user).hasSize(1);
    return list.get(0).path("businessKey").asText();
  }

  /** Waits until the case has an open task with this key, and returns it (id, name, due…). */
  JsonNode awaitTask(String businessKey, String taskKey) {
    AtomicReference<JsonNode> task = new AtomicReference<>();
    await().atMost(JOBS).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
      JsonNode tasks = tasks(businessKey, taskKey);
      assertThat(tasks).as("open task %s of %s", taskKey, businessKey).isNotEmpty();
      task.set(tasks.get(0));
    });
    return task.get();
  }

  JsonNode tasks(String businessKey, String taskKey) {
    return admin.get("/engine-rest/task?processInstanceBusinessKey=" + encode(businessKey) + "&taskDefinitionKey=" + taskKey
        + "&maxResults=10").json();
  }

  /** A variable of the case's process instance, from history (so that it is there after the case ended too). */
  JsonNode variable(String processKey, String businessKey, String name) {
    JsonNode vars = admin.get("/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId(processKey, businessKey)
        + "&variableName=" + name + "&maxResults=1").json();
    assertThat(vars).as("variable %s of %s", name, businessKey).hasSize(1);
    return vars.get(0).path("value");
  }

  /** The case's instance of this process (the {@code notification} instance of a failed e-mail carries the same business key). */
  String processInstanceId(String processKey, String businessKey) {
    JsonNode list = admin.get("/engine-rest/history/process-instance?processDefinitionKey=" + processKey
        + "&processInstanceBusinessKey=" + encode(businessKey) + "&maxResults=1").json();
    assertThat(list).as("%s %s", processKey, businessKey).hasSize(1);
    return list.get(0).path("id").asText();
  }

  /**
   * Time passes: waits for the case's timer at this element, then runs it now (the defense's day, a period served), as
   * the job executor would once its date came.
   */
  void timePassesUntil(String processKey, String businessKey, String activityId) {
    String instance = processInstanceId(processKey, businessKey);
    String definition = admin.get("/engine-rest/process-instance/" + instance).json().path("definitionId").asText();
    AtomicReference<String> job = new AtomicReference<>();
    await().atMost(JOBS).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
      JsonNode definitions = admin.get("/engine-rest/job-definition?maxResults=10&activityIdIn=" + activityId
          + "&processDefinitionId=" + definition).json();
      assertThat(definitions).as("timer %s of %s", activityId, processKey).isNotEmpty();
      JsonNode jobs = admin.get("/engine-rest/job?maxResults=10&processInstanceId=" + instance + "&jobDefinitionId="
          + definitions.get(0).path("id").asText()).json();
      assertThat(jobs).as("%s waits at %s", businessKey, activityId).isNotEmpty();
      job.set(jobs.get(0).path("id").asText());
    });
    Http.Response fired = admin.post("/engine-rest/job/" + job.get() + "/execute", "{}");
    assertThat(fired.status()).as(fired.body()).isEqualTo(204);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
