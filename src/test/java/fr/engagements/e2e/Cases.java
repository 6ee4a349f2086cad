package fr.engagements.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.support.Http;

/**
 * What the browser tests read over REST as the administrator, never to act for a person: the business key
 * of a case just started in the browser, and the moment the next task exists (after the application's
 * own job executor ran the asynchronous steps: funding, allowance, signatures' continuations, offers).
 */
final class Cases {

  /** Asynchronous steps run in the application's job executor: wait for them, up to this long. */
  static final Duration JOBS = Duration.ofSeconds(90);

  private final Http admin;

  Cases(Http admin) {
    this.admin = admin;
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

  /** The case's instance of this process (its notifications, asynchronous e-mails, carry the same business key). */
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
