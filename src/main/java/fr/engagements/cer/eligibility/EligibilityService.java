package fr.engagements.cer.eligibility;

import fr.engagements.process.Decisions;
import fr.engagements.process.Decisions.Decided;
import org.springframework.stereotype.Service;

/** Evaluates the {@code cer-eligibility} table (CER_E1–E4): for a candidacy, and for the self-check. */
@Service
public class EligibilityService {

  public static final String DECISION_KEY = "cer-eligibility";

  private final Decisions decisions;

  EligibilityService(Decisions decisions) {
    this.decisions = decisions;
  }

  public EligibilityResult evaluate(EligibilityFacts facts) {
    Decided decided = decisions.evaluateSingle(DECISION_KEY, facts.asDecisionVariables());
    Boolean eligible = decided.get("eligible", Boolean.class);
    if (eligible == null) {
      throw new IllegalStateException(decided.describe() + " gave no 'eligible' output");
    }
    return new EligibilityResult(eligible, decided.get("ineligibilityReason", String.class),
        decided.get("rule", String.class), decided.get("explanation", String.class),
        decided.key(), decided.version());
  }
}
