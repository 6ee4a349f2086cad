package fr.engagements.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.support.Http.Vars;

/** Over HTTP, a jury member declares no conflict of interest on a candidacy before its jury task (issue 9). */
public final class JuryDeclarationsHttp {

  private JuryDeclarationsHttp() {
  }

  public static void declareNoConflict(Http http, String member, String candidacyPid) {
    String businessKey = http.as("demo", "demo").get("/engine-rest/process-instance/" + candidacyPid).json()
        .path("businessKey").asText();
    Http as = http.as(member, member);
    JsonNode mine = as.get("/engine-rest/task?maxResults=10&processDefinitionKey=cer-jury-declaration&assignee=" + member
        + "&processInstanceBusinessKey=" + businessKey).json();
    assertThat(mine).as("the declaration awaiting " + member).hasSize(1);
    Http.Response done = as.post("/engine-rest/task/" + mine.get(0).path("id").asText() + "/complete",
        Vars.of().bool("conflictOfInterest", false).body());
    assertThat(done.status()).as(done.body()).isEqualTo(204);
  }
}
