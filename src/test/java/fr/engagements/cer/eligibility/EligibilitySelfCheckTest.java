package fr.engagements.cer.eligibility;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.DecisionTableTest.TableCase;
import fr.engagements.support.Http;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Suis-je éligible ?" (issue 9): {@code POST /api/cer/eligibility-check} evaluates the very table the process
 * uses, anonymously, and stores nothing. The proof of agreement takes every case of the row-by-row table test
 * ({@link CerEligibilityTableTest}, which covers every row and the hit policy) to both the self-check and a real
 * candidacy.
 */
class EligibilitySelfCheckTest extends CerProcessTestSupport {

  private static final String CHECK = "/api/cer/eligibility-check";
  /** The year the table test's cases are written for; they are moved to this test's campaign year. */
  private static final int CASES_YEAR = 2026;

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;

  Http anonymous;

  @BeforeEach
  void client() {
    anonymous = Http.at(port).anonymous();
  }

  @Test
  void CER_E1_E4_CER_T1_selfCheckAndProcessAgreeOnEveryRowOfTheEligibilityTable() {
    List<TableCase> cases = new CerEligibilityTableTest().cases();
    Set<String> rulesSeen = new java.util.TreeSet<>();
    for (TableCase c : cases) {
      Map<String, Object> answers = answers(c.inputs(), year - CASES_YEAR);
      // the window is the campaign's (CER_T1), not an answer: the case's campaign opens it as the row says
      jdbc.update("update cer_campaign set application_window_years = ? where campaign_year = ?",
          ((Number) c.inputs().get("applicationWindowYears")).intValue(), year);
      Http.Response check = anonymous.post(CHECK, answers);
      assertThat(check.status()).as(c.description() + " → " + check.body()).isEqualTo(200);
      JsonNode self = check.json();
      rulesSeen.add(self.path("rule").asText());
      if (c.outputs().containsKey("rule")) {
        assertThat(self.path("rule").asText()).as(c.description()).isEqualTo(c.outputs().get("rule"));
      }

      VariableMap start = eligible();
      answers.forEach((name, value) -> start.putValue(name, value));
      boolean otherProfile = "OTHER".equals(answers.get("applicantProfile"));
      if (otherProfile || "OTHER".equals(answers.get("doctorateType"))) {
        // answers outside the contract's choices: the start form does not offer them and the process refuses
        // to open a case; the self-check explains with the table's refusal row
        start.putValue("applicantProfile", otherProfile ? "AUTRE" : answers.get("applicantProfile"));
        start.putValue("doctorateType", "OTHER".equals(answers.get("doctorateType")) ? "AUTRE" : answers.get("doctorateType"));
        assertThat(self.path("eligible").asBoolean()).as(c.description()).isFalse();
        assertThatThrownBy(() -> start(start)).as(c.description())
            .hasMessageContaining(otherProfile ? "applicantProfile" : "doctorateType")
            .hasMessageContaining("n'est pas une valeur admise");
        continue;
      }
      ProcessInstance pi = start(start);
      executeDueJobs(pi);
      assertThat(self.path("eligible").asBoolean()).as(c.description()).isEqualTo(variable(pi, ELIGIBLE.name()));
      assertThat(self.path("rule").asText()).as(c.description()).isEqualTo(variable(pi, ELIGIBILITY_RULE.name()));
      assertThat(self.path("reason").isNull() ? null : self.path("reason").asText()).as(c.description())
          .isEqualTo(variable(pi, INELIGIBILITY_REASON.name()));
      assertThat(self.path("explanation").asText()).as(c.description()).isEqualTo(variable(pi, ELIGIBILITY_EXPLANATION.name()));
      assertThat(self.path("decidedBy").asText()).as(c.description()).isEqualTo(variable(pi, ELIGIBILITY_DECIDED_BY.name()));
    }
    jdbc.update("update cer_campaign set application_window_years = 1 where campaign_year = ?", year);
    assertThat(rulesSeen).containsExactlyInAnyOrder("CER_E1", "CER_E2", "CER_E3", "CER_E4", "CER_E1-E4", "CER_T1");
  }

  @Test
  void CER_T1_anAdministratorOpensTheTransitionalWindowAndTheSelfCheckAgrees() {
    String window = "/api/admin/cer/campaigns/" + year + "/application-window";
    Map<String, Object> threeYearsLate = answers(Map.of("applicantProfile", "PASSERELLE", "doctorateType", "RESEARCH",
        "doctorateStatus", "OBTAINED", "doctorateDate", "2026-06-30", "dfasm1StartDate", "2026-09-01",
        "medicalStudiesReturnYear", 2023, "campaignYear", 2026), year - CASES_YEAR);
    assertThat(anonymous.post(CHECK, threeYearsLate).json().path("rule").asText()).isEqualTo("CER_E4");

    Http.Response student = Http.at(port).as("etudiant", "etudiant").put(window, Map.of("years", 3));
    assertThat(student.status()).isEqualTo(403);
    assertThat(student.message()).contains("réservés aux administrateurs");
    Http admin = Http.at(port).as("demo", "demo");
    Http.Response zero = admin.put(window, Map.of("years", 0));
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.message()).contains("CER_E4", "CER_T1");
    assertThat(admin.put(window, Map.of("years", "trois")).status()).isEqualTo(400);
    assertThat(admin.put("/api/admin/cer/campaigns/2100/application-window", Map.of("years", 3)).status()).isEqualTo(404);
    try {
      Http.Response opened = admin.put(window, Map.of("years", 3));
      assertThat(opened.status()).as(opened.body()).isEqualTo(200);
      assertThat(opened.json().path("applicationWindowYears").asInt()).isEqualTo(3);

      JsonNode answer = anonymous.post(CHECK, threeYearsLate).json();
      assertThat(answer.path("eligible").asBoolean()).isTrue();
      assertThat(answer.path("rule").asText()).isEqualTo("CER_T1");
      assertThat(answer.path("applicationWindowYears").asInt()).isEqualTo(3);
      assertThat(answer.path("explanation").asText()).contains("mesures transitoires");
    } finally {
      admin.put(window, Map.of("years", 1));
    }
    assertThat(admin.get("/api/admin/cer/campaigns/" + year).json().path("applicationWindowYears").asInt()).isEqualTo(1);
  }

  @Test
  void CER_E3_theAnswerNamesTheRuleTheTableAndItsVersionInFrench() {
    Map<String, Object> answers = answers(Map.of("applicantProfile", "OTHER", "doctorateType", "RESEARCH",
        "doctorateStatus", "OBTAINED", "doctorateDate", "2026-06-30", "dfasm1StartDate", "2026-09-01",
        "medicalStudiesReturnYear", 2026, "campaignYear", 2026), year - CASES_YEAR);

    JsonNode answer = anonymous.post(CHECK, answers).json();

    assertThat(answer.path("eligible").asBoolean()).isFalse();
    assertThat(answer.path("rule").asText()).isEqualTo("CER_E3");
    assertThat(answer.path("reason").asText()).isEqualTo("PROFILE_NOT_ELIGIBLE");
    assertThat(answer.path("explanation").asText()).contains("double cursus", "passerelle", "CER_E3");
    int deployed = (int) engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(EligibilityService.DECISION_KEY).latestVersion().singleResult().getVersion();
    assertThat(answer.path("decisionKey").asText()).isEqualTo("cer-eligibility");
    assertThat(answer.path("decisionVersion").asInt()).isEqualTo(deployed);
    assertThat(answer.path("campaignYear").asInt()).isEqualTo(year);
    assertThat(answer.path("graceMonths").asInt()).isEqualTo(3);
    assertThat(answer.path("notice").asText()).contains("L311-3-1", "pas enregistrées");
  }

  @Test
  void theSelfCheckCreatesNoCaseAndStoresNothing() {
    Map<String, Long> before = footprint();
    Map<String, Object> answers = answers(Map.of("applicantProfile", "DOUBLE_CURSUS", "doctorateType", "RESEARCH",
        "doctorateStatus", "IMMINENT", "doctorateDate", "2026-10-15", "dfasm1StartDate", "2026-09-01",
        "medicalStudiesReturnYear", 2026, "campaignYear", 2026), year - CASES_YEAR);

    assertThat(anonymous.post(CHECK, answers).json().path("eligible").asBoolean()).isTrue();
    // a logged-in applicant may ask too (their rights do not include reading decision tables)
    assertThat(Http.at(port).as("etudiant", "etudiant").post(CHECK, answers).status()).isEqualTo(200);

    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void badAnswersAreRefusedWithAReasonInFrench() {
    Map<String, Object> valid = answers(Map.of("applicantProfile", "PASSERELLE", "doctorateType", "RESEARCH",
        "doctorateStatus", "OBTAINED", "doctorateDate", "2026-06-30", "dfasm1StartDate", "2026-09-01",
        "medicalStudiesReturnYear", 2026, "campaignYear", 2026), year - CASES_YEAR);
    Map<String, Long> footprintBefore = footprint();

    assertRefused(with(valid, "applicantProfile", "PHARMACIE"), 400, "Le profil (applicantProfile)", "n'est pas une réponse admise");
    assertRefused(without(valid, "doctorateType"), 400, "Le type de doctorat (doctorateType) est obligatoire");
    assertRefused(with(valid, "doctorateDate", "30/06/2026"), 400, "n'est pas une date AAAA-MM-JJ");
    assertRefused(with(valid, "medicalStudiesReturnYear", "deux mille"), 400, "n'est pas une année");
    assertRefused(with(valid, "medicalStudiesReturnYear", 99999), 400, "doit être comprise entre");
    assertRefused(with(valid, "applicantName", "Camille"), 400, "Questions inconnues : applicantName");
    assertRefused(with(valid, "applicantProfile", "<script>alert(1)</script>"), 400, "n'est pas une réponse admise");
    assertRefused("{\"applicantProfile\": ", 400, "JSON");
    assertRefused(with(valid, "campaignYear", 2100), 422, "Aucune campagne CER n'est ouverte pour 2100");

    assertThat(footprint()).isEqualTo(footprintBefore);
  }

  @Test
  void thePageIsServedToAnyoneInFrench() {
    Http.Response page = anonymous.get("/eligibilite");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Suis-je éligible", "Rien n'est enregistré", "eligibilite.js");
    assertThat(anonymous.get("/eligibilite.html").status()).as("the old address redirects to the page").isEqualTo(301);
    assertThat(anonymous.get("/eligibilite.js").body()).contains(CHECK);
  }

  private void assertRefused(Object body, int status, String... reasons) {
    Http.Response r = anonymous.post(CHECK, body);
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.message()).as(r.body()).contains(reasons);
  }

  /** What a self-check could leave behind: cases, engine history of any kind, rows of the project's tables. */
  private Map<String, Long> footprint() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("process instances", engine.getHistoryService().createHistoricProcessInstanceQuery().count());
    counts.put("decision instances", engine.getHistoryService().createHistoricDecisionInstanceQuery().count());
    counts.put("variables", engine.getHistoryService().createHistoricVariableInstanceQuery().count());
    counts.put("jobs", engine.getManagementService().createJobQuery().count());
    counts.put("candidacies", jdbc.queryForObject("select count(*) from cer_candidacy", Long.class));
    counts.put("ledger", jdbc.queryForObject("select count(*) from ledger_entry", Long.class));
    return counts;
  }

  /** A table test's inputs as a student's answers, moved by {@code years}; "another" profile or doctorate → OTHER. */
  private static Map<String, Object> answers(Map<String, Object> inputs, int years) {
    Map<String, Object> answers = new LinkedHashMap<>();
    String profile = String.valueOf(inputs.get("applicantProfile"));
    String type = String.valueOf(inputs.get("doctorateType"));
    answers.put("applicantProfile", Set.of("DOUBLE_CURSUS", "PASSERELLE").contains(profile) ? profile : "OTHER");
    answers.put("doctorateType", Set.of("RESEARCH", "EXERCISE").contains(type) ? type : "OTHER");
    answers.put("doctorateStatus", inputs.get("doctorateStatus"));
    answers.put("doctorateDate", LocalDate.parse(String.valueOf(inputs.get("doctorateDate"))).plusYears(years).toString());
    answers.put("dfasm1StartDate", LocalDate.parse(String.valueOf(inputs.get("dfasm1StartDate"))).plusYears(years).toString());
    answers.put("medicalStudiesReturnYear", ((Number) inputs.get("medicalStudiesReturnYear")).intValue() + years);
    answers.put("campaignYear", ((Number) inputs.get("campaignYear")).intValue() + years);
    return answers;
  }

  private static Map<String, Object> with(Map<String, Object> base, String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(base);
    copy.put(name, value);
    return copy;
  }

  private static Map<String, Object> without(Map<String, Object> base, String name) {
    Map<String, Object> copy = new LinkedHashMap<>(base);
    copy.remove(name);
    return copy;
  }
}
