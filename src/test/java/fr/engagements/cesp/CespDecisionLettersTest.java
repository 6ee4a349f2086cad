package fr.engagements.cesp;

import static fr.engagements.cesp.CespContractProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.process.FrenchFormat;
import fr.engagements.support.LetterPdf;
import fr.engagements.support.Notifications;
import fr.engagements.support.TestMailServer;
import fr.engagements.support.TestMailServer.Mail;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CESP decisions that concern a person produce one dated PDF letter each: the contract offered (list, rank,
 * quota, deadline — CESP_6, CESP_11) and the rupture with its amounts, decided by cesp-rupture-penalty
 * (table and deployed version named, CRPA L311-3-1); the rupture's e-mail carries its letter.
 */
class CespDecisionLettersTest extends CespProcessTestSupport {

  @Autowired
  DecisionLetters letters;
  @Autowired
  TestMailServer mail;

  private Letter only(ProcessInstance pi, LetterKind kind) {
    List<Letter> ofKind = letters.ofCase(businessKey(pi)).stream().filter(l -> l.kind() == kind).toList();
    assertThat(ofKind).as("letters of kind " + kind).hasSize(1);
    return ofKind.get(0);
  }

  private String text(Letter letter) {
    return LetterPdf.text(letters.pdf(letter.id()).orElseThrow());
  }

  @Test
  void CESP_11_theCandidateOfferedAContractGetsALetterWithListRankQuotaAndDeadline() {
    ProcessInstance campaignPi = startCampaign();
    ProcessInstance pi = ranked(CommissionList.MAIN, 1);
    closeCommission(campaignPi);

    assertThat(pi).isWaitingAt(Tasks.SIGN_CONTRACT);
    Letter offer = only(pi, LetterKind.CESP_OFFER);
    assertThat(offer.decision()).isEqualTo("OFFERED");
    assertThat(offer.processKey()).isEqualTo(KEY);
    assertThat(text(offer)).contains("Inès Lefebvre", "Le 1er octobre " + YEAR, "UFR de test " + ufr,
        "Décision : un contrat d’engagement de service public vous est proposé.", "Liste principale", "Rang 1",
        "Contrats ouverts aux étudiants " + quota(),
        "Allocation versée par le Centre national de gestion (CNG)", "À signer au plus tard le 31 octobre " + YEAR,
        FrenchFormat.euros(allowance().rate(LocalDate.of(YEAR, 10, 1)).grossCents()));
    // ADM_1: the faculty's UFR decided, so a recours gracieux goes to it; the person is never named by login
    assertThat(text(offer).replaceAll("\\s+", " ")).contains("recours gracieux auprès de l’UFR de votre faculté (UFR de test " + ufr
        + "), par lettre adressée au service de la scolarité de cette UFR, en rappelant la référence").doesNotContain("Identifiant");

    sign(pi, true, campaignPi);
    assertThat(letters.ofCase(businessKey(pi))).as("signing is the candidate's act, no new letter").hasSize(1);
  }

  @Test
  void CESP_10_aRuptureGetsALetterWithTheAmountsAndTheTableThatComputedThemAttachedToItsMail() {
    ProcessInstance pi = contractInForce()[0];
    String key = businessKey(pi);
    monthByMonth(LocalDate.of(YEAR, 11, 1), LocalDate.of(YEAR + 1, 1, 15), pi);
    today(LocalDate.of(YEAR + 1, 1, 15));

    runtimeService().createMessageCorrelation(MESSAGE_RUPTURE).processInstanceBusinessKey(key)
        .setVariable(RUPTURE_REASON.name(), "OWN_INITIATIVE").setVariable(RUPTURE_DATE.name(), (YEAR + 1) + "-01-15").correlate();

    assertThat(pi).isEnded();
    Letter rupture = only(pi, LetterKind.CESP_RUPTURE);
    int version = repositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("cesp-rupture-penalty").latestVersion()
        .singleResult().getVersion();
    assertThat(rupture.ruleTable()).isEqualTo("cesp-rupture-penalty");
    assertThat(rupture.ruleVersion()).isEqualTo(version);
    assertThat(rupture.issuedOn()).isEqualTo(LocalDate.of(YEAR + 1, 1, 15));
    // Oct–Jan paid: 4 months net; 6 months started before 30 June: 6 × 200 € penalty
    long net = allowance().net(LocalDate.of(YEAR, 10, 1), 4);
    String due = FrenchFormat.euros(net + 6 * 20_000L);
    assertThat(text(rupture)).contains("Le 15 janvier " + (YEAR + 1), "rupture à votre initiative",
        "Décision : somme due de " + due + ".", "Allocation nette perçue " + FrenchFormat.euros(net),
        "Mois restant jusqu’au diplôme 6", "Pénalité 1 200,00 €", "Total dû " + due, "30 juin " + (YEAR + 1),
        "table de décision « cesp-rupture-penalty », version " + version, "L311-3-1");
    assertThat(text(rupture).replaceAll("\\s+", " ")).as("ADM_1: the payer decided the sums due")
        .contains("recours gracieux auprès du Centre national de gestion (CNG), payeur de votre allocation, par lettre adressée au CNG");

    String applicantEmail = (String) variable(pi, APPLICANT_EMAIL.name());
    Notifications.send(engine, key);
    Awaitility.await().until(() -> !ruptureMails(applicantEmail, key).isEmpty());
    Mail received = ruptureMails(applicantEmail, key).get(0);
    assertThat(received.body()).contains("Total dû : " + due, "cesp-rupture-penalty", "joint à ce message");
    assertThat(received.attachments()).singleElement().satisfies(attachment -> {
      assertThat(attachment.filename()).isEqualTo(key + "-rupture.pdf");
      assertThat(attachment.contentType()).isEqualTo("application/pdf");
      assertThat(attachment.content()).isEqualTo(letters.pdf(rupture.id()).orElseThrow());
      assertThat(new String(attachment.content(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    });
  }

  private List<Mail> ruptureMails(String address, String businessKey) {
    return mail.to(address).stream().filter(m -> m.subject().startsWith("Rupture") && m.subject().contains(businessKey)).toList();
  }
}
