package fr.engagements.cesp;

import static fr.engagements.cesp.CespContractProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import fr.engagements.cesp.application.CespApplication.Stage;
import fr.engagements.cesp.privacy.RestrictedData;
import fr.engagements.casefile.Groups;
import fr.engagements.process.CaseInputException;
import fr.engagements.support.CespFixtures;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CESP_1, CESP_4, CESP_5: who may apply, until when, with which dossier; bank details kept for the payer only. */
class CespApplicationProcessTest extends CespProcessTestSupport {

  @Autowired
  RestrictedData restricted;

  @Test
  void CESP_4_anIncompleteDossierIsSentBackUntilTheUfrFindsItComplete() {
    VariableMap vars = application();
    vars.remove(TRANSCRIPTS.name());
    vars.remove(BANK_DETAILS.name());
    ProcessInstance pi = apply(vars);
    String key = businessKey(pi);

    assertThat(key).matches("CESP-2030-" + ufr + "-\\d{6}");
    assertThat(pi).isWaitingAt(Tasks.COMPLETE_DOSSIER);
    assertThat(task(pi)).isAssignedTo(vars.getValue(APPLICANT_ID.name(), String.class));
    assertThat(runtimeService().getVariable(pi.getId(), MISSING_DOCUMENTS.name()))
        .isEqualTo("les relevés de notes des deux dernières années, le relevé d'identité bancaire (RIB)");

    // completing without the RIB is refused: every document is then required
    String applicant = vars.getValue(APPLICANT_ID.name(), String.class);
    assertThatThrownBy(() -> completeAs(applicant, "none", pi, Tasks.COMPLETE_DOSSIER,
        withVariables(TRANSCRIPTS.name(), TestDocuments.pdf("releves"))))
        .hasMessageContaining("bankDetails");
    completeAs(applicant, "none", pi, Tasks.COMPLETE_DOSSIER, withVariables(TRANSCRIPTS.name(), TestDocuments.pdf("releves"),
        BANK_DETAILS.name(), Variables.fileValue("rib.pdf").file(TestDocuments.PDF).setTransient(true).create()));
    assertThat(pi).isWaitingAt(Tasks.CHECK_COMPLETENESS);
    assertThat(task(pi)).hasCandidateGroup(Groups.UFR);

    // the UFR sends it back with its remarks, then finds it complete
    checkCompleteness(pi, false, "Le certificat de scolarité n'est pas celui de l'année en cours.");
    assertThat(pi).isWaitingAt(Tasks.COMPLETE_DOSSIER);
    assertThat(task(pi).getDescription()).contains("Le certificat de scolarité n'est pas celui de l'année en cours.");
    completeAs(applicant, "none", pi, Tasks.COMPLETE_DOSSIER,
        withVariables(SCHOOLING_CERTIFICATE.name(), TestDocuments.pdf("scolarite-2030")));
    checkCompleteness(pi, true, null);

    assertThat(pi).isWaitingAt(Tasks.RECORD_COMMISSION_OPINION);
    assertThat(pi).hasPassedInOrder(Tasks.COMPLETE_DOSSIER, Tasks.CHECK_COMPLETENESS, Tasks.COMPLETE_DOSSIER, Tasks.CHECK_COMPLETENESS);
    assertThat(applications.get(key).getStage()).isEqualTo(Stage.AWAITING_OPINION);
  }

  @Test
  void CESP_4_remarksAreRequiredToSendADossierBack() {
    ProcessInstance pi = apply(application());
    assertThatThrownBy(() -> checkCompleteness(pi, false, null)).hasMessageContaining("dossierRemarks");
    assertThat(pi).isWaitingAt(Tasks.CHECK_COMPLETENESS);
  }

  @Test
  void CESP_4_aResidencePermitIsAskedOfForeignNationalsOnly() {
    VariableMap foreign = application();
    foreign.putValue(FOREIGN_NATIONAL.name(), true);
    ProcessInstance pi = apply(foreign);
    assertThat(pi).isWaitingAt(Tasks.COMPLETE_DOSSIER);
    assertThat(runtimeService().getVariable(pi.getId(), MISSING_DOCUMENTS.name())).isEqualTo("le titre de séjour");

    VariableMap national = application();
    national.putValue(RESIDENCE_PERMIT.name(), TestDocuments.pdf("titre"));
    assertThatThrownBy(() -> apply(national)).isInstanceOf(CaseInputException.class)
        .hasMessageContaining("titre de séjour (residencePermit) n'est demandé qu'aux candidats de nationalité étrangère");
  }

  @Test
  void CESP_1_aFirstYearStudentCannotApplyButAResidentCan() {
    VariableMap first = application();
    first.putValue(STUDY_YEAR.name(), 1);
    assertThatThrownBy(() -> apply(first)).isInstanceOf(CaseInputException.class)
        .hasMessageContaining("à partir de la 2e année des études médicales (règle CESP_1)");

    VariableMap resident = application();
    resident.putValue(STUDY_LEVEL.name(), "RESIDENT");
    resident.putValue(STUDY_YEAR.name(), 1);
    assertThat(apply(resident)).isWaitingAt(Tasks.CHECK_COMPLETENESS);
  }

  @Test
  void CESP_5_anApplicationAfterTheFacultysDeadlineIsRefusedWithTheDeadline() {
    today(LocalDate.of(YEAR, 11, 22));
    assertThatThrownBy(() -> apply(application())).isInstanceOf(CaseInputException.class)
        .hasMessageContaining("date limite de dépôt des candidatures au CESP fixée par UFR de test " + ufr)
        .hasMessageContaining("était le 21/11/2030");
  }

  @Test
  void CESP_5_oneOpenApplicationPerApplicantAndYear() {
    VariableMap first = application();
    apply(first);
    VariableMap again = CespFixtures.application(YEAR, ufr, first.getValue(APPLICANT_ID.name(), String.class));
    assertThatThrownBy(() -> apply(again)).isInstanceOf(CaseInputException.class).hasMessageContaining("déjà une candidature");
  }

  @Test
  void CESP_4_theIbanIsCheckedAndKeptOutOfTheEngineForThePayerOnly() {
    VariableMap bad = application();
    bad.putValueTyped(IBAN.name(), Variables.stringValue(CespFixtures.INVALID_IBAN, true));
    assertThatThrownBy(() -> apply(bad)).hasMessageContaining("L'IBAN (iban) n'est pas valide");

    VariableMap stored = application();
    stored.putValue(IBAN.name(), CespFixtures.VALID_IBAN); // an ordinary variable would be written to the engine's tables
    assertThatThrownBy(() -> apply(stored)).hasMessageContaining("variable transitoire");

    ProcessInstance pi = apply(application());
    String key = businessKey(pi);
    assertThat(runtimeService().getVariable(pi.getId(), BANK_ACCOUNT_MASKED.name())).isEqualTo("FR76 **** **** **** 0189");
    for (String name : List.of(IBAN.name(), BANK_DETAILS.name())) {
      assertThat(runtimeService().getVariable(pi.getId(), name)).as(name).isNull();
      assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name).count()).isZero();
      assertThat(historyService().createHistoricDetailQuery().processInstanceId(pi.getId()).list())
          .noneMatch(d -> d.toString().contains(CespFixtures.VALID_IBAN));
    }
    assertThat(restricted.readBankDetails(key, "cng", List.of(Groups.CNG)).iban()).isEqualTo(CespFixtures.VALID_IBAN);
    assertThatThrownBy(() -> restricted.readBankDetails(key, "ufr", List.of(Groups.UFR)))
        .isInstanceOf(CaseInputException.class).hasMessageContaining("payeur");
    assertThat(restricted.readers(key)).containsExactly("cng:BANK_DETAILS");
  }
}
