package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import fr.engagements.cer.candidacy.Candidacy;
import fr.engagements.casefile.Groups;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;

/** What a candidacy may start with: the start variables of the contract, valid, once per applicant and campaign. */
class CandidacyStartTest extends CerProcessTestSupport {

  @Test
  void businessKeyIsAssignedInTheCampaignSequence() {
    ProcessInstance first = start(eligible());
    ProcessInstance second = start(eligible());

    // the campaign's own sequence, six digits, consecutive (a campaign year reused by the suite goes on numbering)
    assertThat(first.getBusinessKey()).matches("CER-" + year + "-\\d{6}");
    int n = Integer.parseInt(first.getBusinessKey().substring(first.getBusinessKey().length() - 6));
    assertThat(second.getBusinessKey()).isEqualTo(String.format("CER-%d-%06d", year, n + 1));
    assertThat(candidacies.get(first.getBusinessKey()).getStatus()).isEqualTo(Candidacy.Status.OPEN);
  }

  @Test
  void aSecondOpenCandidacyOfTheSameApplicantAndCampaignIsRefused() {
    VariableMap vars = eligible();
    start(vars);

    assertThatThrownBy(() -> start(vars)).hasMessageContaining("CASE-REFUSED(409)").hasMessageContaining("déjà une candidature en cours");
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals(APPLICANT_ID.name(), vars.get(APPLICANT_ID.name())).count()).isEqualTo(1);
  }

  @Test
  void anApplicantMayApplyAgainOnceTheirCandidacyHasEnded() {
    VariableMap vars = eligible();
    ProcessInstance first = start(vars);
    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWAL).processInstanceBusinessKey(first.getBusinessKey()).correlate();

    ProcessInstance second = start(vars);

    assertThat(second.getBusinessKey()).isNotEqualTo(first.getBusinessKey());
  }

  @Test
  void aBusinessKeyGivenByTheStarterMustFollowTheFormatAndBeFree() {
    ProcessInstance given = runtimeService().startProcessInstanceByKey(KEY, String.format("CER-%d-424242", year), eligible());
    assertThat(given.getBusinessKey()).isEqualTo(String.format("CER-%d-424242", year));

    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, "DOSSIER-1", eligible()))
        .hasMessageContaining("ne suit pas le format");
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, String.format("CER-%d-424242", year), eligible()))
        .hasMessageContaining("déjà attribuée");
  }

  @Test
  void unknownVariablesAndSystemDecisionsAreRefusedAtStart() {
    assertThatThrownBy(() -> start(eligible().putValue(FUNDING_DECISION.name(), "FUNDED").putValue("foo", 1)))
        .hasMessageContaining("Variables inconnues").hasMessageContaining("fundingDecision").hasMessageContaining("foo");
  }

  @Test
  void everyBadValueIsReportedAtOnceInFrench() {
    VariableMap vars = eligible()
        .putValue(DOCTORATE_DATE.name(), "30/06/2024")
        .putValue(CAMPAIGN_YEAR.name(), "deux mille")
        .putValue(APPLICANT_EMAIL.name(), "pas-une-adresse")
        .putValue(APPLICANT_NAME.name(), "<script>alert(1)</script>")
        .putValue(OTHER_FUNDING.name(), "CNRS")
        .putValue(MOTIVATION_LETTER.name(), TestDocuments.notPdf("lettre"));

    assertThatThrownBy(() -> start(vars))
        .hasMessageContaining("doctorateDate").hasMessageContaining("AAAA-MM-JJ")
        .hasMessageContaining("campaignYear").hasMessageContaining("nombre entier")
        .hasMessageContaining("applicantEmail")
        .hasMessageContaining("applicantName").hasMessageContaining("balises HTML")
        .hasMessageContaining("otherFunding").hasMessageContaining("NONE, INSERM_SCHOOL, ENS, OTHER")
        .hasMessageContaining("motivationLetter").hasMessageContaining("n'est pas un document PDF");
  }

  @Test
  void aCampaignThatDoesNotExistIsRefused() {
    assertThatThrownBy(() -> start(eligible().putValue(CAMPAIGN_YEAR.name(), 2100)))
        .hasMessageContaining("Aucune campagne CER n'existe pour l'année 2100");
  }

  @Test
  void theApplicantIsTheAuthenticatedUserWhoCannotApplyForSomeoneElse() {
    String me = CerFixtures.newApplicantId();
    VariableMap vars = eligible();
    vars.remove(APPLICANT_ID.name());
    as(me, Groups.CER_APPLICANTS);
    ProcessInstance mine = start(vars);
    assertThat(runtimeService().getVariable(mine.getId(), APPLICANT_ID.name())).isEqualTo(me);

    assertThatThrownBy(() -> start(eligible().putValue(APPLICANT_ID.name(), "someone-else")))
        .hasMessageContaining("CASE-REFUSED(403)");
  }
}
