package fr.engagements.cesp.contract;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import fr.engagements.process.TaskPolicy;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The contract's life (CESP_2, CESP_3, CESP_7): registration, allowance, end of studies, practice, commitment. */
final class ContractSteps {

  private ContractSteps() {
  }

  abstract static class ContractTask implements TaskPolicy {
    @Override
    public String processKey() {
      return CespContractProcess.KEY;
    }
  }

  /** {@code registerContract}: the CNG checks the bank details (which only it sees) and sets the allowance's first month. */
  @Component
  static class RegisterContractPolicy extends ContractTask {

    private final Clock clock;

    RegisterContractPolicy(Clock clock) {
      this.clock = clock;
    }

    @Override
    public String taskKey() {
      return Tasks.REGISTER_CONTRACT;
    }

    @Override
    public Set<String> completionVariables() {
      return Set.of(BANK_DETAILS_CHECKED.name(), ALLOWANCE_START_DATE.name());
    }

    @Override
    public void onCreate(DelegateTask task) {
      task.setDescription("Contrat signé le " + SIGNATURE_DATE.get(task) + ". Vérifiez les coordonnées bancaires ("
          + BANK_ACCOUNT_MASKED.get(task) + " ; le détail n'est visible que du CNG) et fixez le premier mois d'allocation.");
    }

    @Override
    public void onComplete(DelegateTask task) {
      InputCheck check = new InputCheck(task);
      Boolean checked = check.required(BANK_DETAILS_CHECKED, "La vérification des coordonnées bancaires");
      LocalDate start = check.date(ALLOWANCE_START_DATE, "Le début de l'allocation", true);
      if (Boolean.FALSE.equals(checked)) {
        check.problem("Les coordonnées bancaires doivent être vérifiées avant l'enregistrement du contrat.");
      }
      LocalDate signed = SIGNATURE_DATE.get(task);
      if (start != null && signed != null && start.withDayOfMonth(1).isBefore(signed.withDayOfMonth(1))) {
        check.problem("L'allocation ne peut commencer avant le mois de la signature (" + signed + ").");
      }
      if (start != null && start.isAfter(LocalDate.now(clock).plusYears(1))) {
        check.problem("Le début de l'allocation doit être dans l'année qui vient.");
      }
      check.done();
      ALLOWANCE_MONTH.set(task.getExecution(), start.withDayOfMonth(1));
      ALLOWANCE_PAID_CENTS.set(task.getExecution(), 0L);
      STUDIES_ENDED.set(task.getExecution(), false);
    }
  }

  @Component("payCespAllowanceDelegate")
  static class PayAllowance implements JavaDelegate {

    private final CespAllowance allowance;

    PayAllowance(CespAllowance allowance) {
      this.allowance = allowance;
    }

    @Override
    public void execute(DelegateExecution execution) {
      allowance.payDueMonth(execution);
    }
  }

  /** {@code confirmEndOfStudies}: the UFR records the diploma; the allowance stops after that month (CESP_2). */
  @Component
  static class ConfirmEndOfStudiesPolicy extends ContractTask {

    private final Clock clock;

    ConfirmEndOfStudiesPolicy(Clock clock) {
      this.clock = clock;
    }

    @Override
    public String taskKey() {
      return Tasks.CONFIRM_END_OF_STUDIES;
    }

    @Override
    public Set<String> completionVariables() {
      return Set.of(DIPLOMA_DATE.name());
    }

    @Override
    public void onCreate(DelegateTask task) {
      task.setDescription("Quand le bénéficiaire a obtenu son diplôme (thèse soutenue, fin du 3e cycle), indiquez-en la date :"
          + " l'allocation cesse et le choix du lieu d'exercice s'ouvre. Date prévue : " + EXPECTED_DIPLOMA_DATE.get(task) + ".");
    }

    @Override
    public void onComplete(DelegateTask task) {
      InputCheck check = new InputCheck(task);
      LocalDate diploma = check.date(DIPLOMA_DATE, "La date d'obtention du diplôme", true);
      if (diploma != null && diploma.isAfter(LocalDate.now(clock))) {
        check.problem("La date d'obtention du diplôme ne peut pas être dans le futur.");
      }
      check.done();
      STUDIES_ENDED.set(task.getExecution(), true);
    }
  }

  /** {@code choosePracticePlace}: a place of the national list in the contract's region, a mode, a start (CESP_3). */
  @Component
  static class ChoosePracticePlacePolicy extends ContractTask {

    private final ReferenceData reference;

    ChoosePracticePlacePolicy(ReferenceData reference) {
      this.reference = reference;
    }

    @Override
    public String taskKey() {
      return Tasks.CHOOSE_PRACTICE_PLACE;
    }

    @Override
    public Set<String> completionVariables() {
      return Set.of(PRACTICE_PLACE.name(), PRACTICE_MODE.name(), COMMITMENT_START_DATE.name());
    }

    @Override
    public void onCreate(DelegateTask task) {
      String region = REGION.get(task);
      String places = reference.placesIn(region).stream().map(p -> p.getCode() + " (" + p.getLabel() + ")")
          .collect(Collectors.joining(", "));
      StringBuilder text = new StringBuilder("Choisissez votre lieu d'exercice sur la liste nationale, dans la région "
          + reference.regionLabel(region) + " : " + places + ".");
      if (task.getVariable(ARS_COMMENT.name()) instanceof String c && !c.isBlank()) {
        text.append(" Remarque de l'ARS : ").append(c);
      }
      task.setDescription(text.toString());
    }

    @Override
    public void onComplete(DelegateTask task) {
      InputCheck check = new InputCheck(task);
      String code = check.text(PRACTICE_PLACE, "Le lieu d'exercice", 32, true);
      check.choice(PRACTICE_MODE, "Le mode d'exercice", PracticeMode.class, true);
      LocalDate start = check.date(COMMITMENT_START_DATE, "Le début de l'exercice", true);
      check.done();
      String region = REGION.get(task);
      PracticePlace place = reference.place(code).filter(PracticePlace::isActive).orElseThrow(() -> CaseInputException.badRequest(
          "Le lieu « " + code + " » n'est pas sur la liste nationale des lieux d'exercice (CESP_3)."));
      if (!place.getRegion().equals(region)) {
        throw CaseInputException.badRequest("Le lieu « " + code + " » est hors de votre région (" + reference.regionLabel(region)
            + ") : un changement de région demande l'accord des deux ARS (CESP_9).");
      }
      LocalDate diploma = DIPLOMA_DATE.get(task);
      if (diploma != null && start.isBefore(diploma)) {
        throw CaseInputException.badRequest("L'exercice commence après l'obtention du diplôme (" + diploma + ").");
      }
      PRACTICE_PLACE_LABEL.set(task.getExecution(), place.getLabel());
    }
  }

  /** {@code approveInstallation}: the ARS of the region validates the installation, or sends the choice back. */
  @Component
  static class ApproveInstallationPolicy extends ContractTask {

    private final ArsCheck ars;

    ApproveInstallationPolicy(ArsCheck ars) {
      this.ars = ars;
    }

    @Override
    public String taskKey() {
      return Tasks.APPROVE_INSTALLATION;
    }

    @Override
    public Set<String> completionVariables() {
      return Set.of(INSTALLATION_APPROVED.name(), ARS_COMMENT.name());
    }

    @Override
    public void onCreate(DelegateTask task) {
      task.setDescription("Installation proposée : " + PRACTICE_PLACE_LABEL.get(task) + ", mode " + PRACTICE_MODE.get(task)
          + ", à partir du " + COMMITMENT_START_DATE.get(task) + " (secteur 1 en exercice libéral). Réservé à l'ARS de la région "
          + REGION.get(task) + ".");
      INSTALLATION_APPROVED.set(task.getExecution(), null);
    }

    @Override
    public void onComplete(DelegateTask task) {
      InputCheck check = new InputCheck(task);
      Boolean approved = check.required(INSTALLATION_APPROVED, "La validation de l'installation");
      check.text(ARS_COMMENT, "Le commentaire de l'ARS", InputCheck.MAX_TEXT, Boolean.FALSE.equals(approved));
      check.done();
      ars.requireAgentOf(task, REGION.get(task));
    }
  }

  @Component("startCespCommitmentDelegate")
  static class StartCommitment implements JavaDelegate {

    private final Commitment commitment;

    StartCommitment(Commitment commitment) {
      this.commitment = commitment;
    }

    @Override
    public void execute(DelegateExecution execution) {
      commitment.start(execution);
    }
  }

  @Component("countCespCommitmentMonthDelegate")
  static class CountCommitmentMonth implements JavaDelegate {

    private final Commitment commitment;

    CountCommitmentMonth(Commitment commitment) {
      this.commitment = commitment;
    }

    @Override
    public void execute(DelegateExecution execution) {
      commitment.countMonth(execution);
    }
  }

  /** {@code confirmCommitmentEnd}: the ARS notes that the commitment is fulfilled (CESP_7). */
  @Component
  static class ConfirmCommitmentEndPolicy extends ContractTask {

    private final ArsCheck ars;

    ConfirmCommitmentEndPolicy(ArsCheck ars) {
      this.ars = ars;
    }

    @Override
    public String taskKey() {
      return Tasks.CONFIRM_COMMITMENT_END;
    }

    @Override
    public Set<String> completionVariables() {
      return Set.of(COMMITMENT_END_REMARKS.name());
    }

    @Override
    public void onCreate(DelegateTask task) {
      task.setDescription("Engagement accompli : " + COMMITMENT_MONTHS_SERVED.get(task) + " mois d'exercice sur "
          + COMMITMENT_MONTHS_REQUIRED.get(task) + " requis, à " + PRACTICE_PLACE_LABEL.get(task) + ". Constatez la fin de l'engagement.");
    }

    @Override
    public void onComplete(DelegateTask task) {
      InputCheck check = new InputCheck(task);
      check.text(COMMITMENT_END_REMARKS, "Les remarques", InputCheck.MAX_TEXT, false);
      check.done();
      ars.requireAgentOf(task, REGION.get(task));
    }
  }
}
