package fr.engagements.cesp.appeal;

import java.util.Optional;

import fr.engagements.appeal.AppealRouting;
import fr.engagements.casefile.Applicant;
import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.Groups;
import fr.engagements.directory.AgentRole;
import fr.engagements.letter.Letter;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Appeals against the CESP's decisions (ADM_1), answered by the body that decided: an offer (lists, rank, quota) by
 * the UFR of the application's faculty (its institution group {@code ufr.<FACULTY>}, CESP_12), a rupture (sums due) by
 * the CNG. A withdrawal is recorded (letter, journal) but does not change the contract by itself: an offer withdrawn
 * in favour of the person would need a place of the faculty's quota, which the commission reallocates by hand.
 */
@Component
class CespAppealRouting implements AppealRouting {

  private final HistoryService history;
  private final IdentityService identity;

  CespAppealRouting(@Lazy HistoryService history, @Lazy IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  @Override
  public CaseType type() {
    return CaseType.CESP;
  }

  @Override
  public Optional<AppealRoute> route(CaseFile file, Letter letter) {
    String address = asSystem(() -> history.createHistoricVariableInstanceQuery().processInstanceId(letter.processInstanceId())
        .variableName(Applicant.ADDRESS.name()).disableBinaryFetching().list().stream()
        .map(HistoricVariableInstance::getValue).filter(String.class::isInstance).map(String.class::cast).findFirst().orElse(null));
    return switch (letter.kind()) {
      case CESP_OFFER -> Optional.ofNullable(file.scope().get(CaseFile.Scope.FACULTY))
          .map(faculty -> AppealRoute.group(AgentRole.UFR_OFFICER.groupOf(faculty), "l’UFR de la faculté (" + faculty + ")", address));
      case CESP_RUPTURE -> Optional.of(AppealRoute.group(Groups.CNG, "le Centre national de gestion (CNG)", address));
      default -> Optional.empty();
    };
  }

  /** The person filing has no right on the engine's history: our access rule decided already. */
  private <T> T asSystem(java.util.function.Supplier<T> work) {
    var auth = identity.getCurrentAuthentication();
    try {
      identity.clearAuthentication();
      return work.get();
    } finally {
      if (auth != null) {
        identity.setAuthentication(auth);
      }
    }
  }

  @Override
  public Optional<String> reopen(DelegateExecution appeal, CaseFile file, Letter letter) {
    return Optional.empty();
  }
}
